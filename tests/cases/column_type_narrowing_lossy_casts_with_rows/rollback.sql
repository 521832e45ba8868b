-- schemadiff rollback
-- source fingerprint: a5cfa3c2d6bdfa8f
-- target fingerprint: 3e9f239c95f0e0f4
-- 5 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.m ALTER COLUMN code TYPE text USING code::text;

-- hazard: rewrite
ALTER TABLE public.m ALTER COLUMN price TYPE numeric(12,4);

-- hazard: rewrite
ALTER TABLE public.m ALTER COLUMN ratio TYPE double precision USING ratio::double precision;

-- hazard: rewrite
ALTER TABLE public.m ALTER COLUMN seen_at TYPE timestamp with time zone USING seen_at::timestamp with time zone;

ALTER TABLE public.m ALTER COLUMN tag TYPE character varying(20);

COMMIT;
