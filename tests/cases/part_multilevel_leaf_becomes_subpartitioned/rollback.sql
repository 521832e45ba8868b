-- schemadiff rollback
-- source fingerprint: c5f9c0f3bf8cea15
-- target fingerprint: 6dd2d00c0250f0c6
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.metrics_big_2026;

-- hazard: data-loss,irreversible
DROP TABLE public.metrics_zeta_0;

-- hazard: data-loss,irreversible
DROP TABLE public.metrics_zeta_1;

-- hazard: data-loss,irreversible
DROP TABLE public.metrics_zeta;

COMMIT;
