-- schemadiff rollback
-- source fingerprint: e441e246d9aec1f2
-- target fingerprint: 50de3405d6b523b5
-- 5 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.tenant_events_p0;

-- hazard: data-loss,irreversible
DROP TABLE public.tenant_events_p1;

-- hazard: data-loss,irreversible
DROP TABLE public.tenant_events_p2;

-- hazard: data-loss,irreversible
DROP TABLE public.tenant_events_p3;

-- hazard: data-loss,irreversible
DROP TABLE public.tenant_events;

COMMIT;
