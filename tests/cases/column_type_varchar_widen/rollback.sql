-- schemadiff rollback
-- source fingerprint: 5f0e14e77701cd4c
-- target fingerprint: adda08a33ca50068
-- 3 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.contacts ALTER COLUMN email TYPE character varying(100);

-- hazard: rewrite
ALTER TABLE public.contacts ALTER COLUMN note TYPE character varying(255) USING note::character varying(255);

-- hazard: rewrite
ALTER TABLE public.contacts ALTER COLUMN phone TYPE character varying(20);

COMMIT;
