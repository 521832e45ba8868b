-- schemadiff plan
-- source fingerprint: 3e9f239c95f0e0f4
-- target fingerprint: a5cfa3c2d6bdfa8f
-- 5 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: rewrite
ALTER TABLE public.m ALTER COLUMN code TYPE character(3);

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.m ALTER COLUMN price TYPE numeric(12,2);

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.m ALTER COLUMN ratio TYPE integer USING ratio::integer;

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.m ALTER COLUMN seen_at TYPE date USING seen_at::date;

-- hazard: rewrite
ALTER TABLE public.m ALTER COLUMN tag TYPE character varying(4);

COMMIT;
