-- schemadiff rollback
-- source fingerprint: e7fde8f05cfdcc83
-- target fingerprint: 21d51ca15e46e065
-- 3 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.contacts ALTER COLUMN email TYPE character varying(100);

-- hazard: rewrite
ALTER TABLE public.contacts ALTER COLUMN note TYPE character varying(255) USING note::character varying(255);

-- hazard: rewrite
ALTER TABLE public.contacts ALTER COLUMN phone TYPE character varying(20);

COMMIT;
