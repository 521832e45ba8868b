-- schemadiff rollback
-- source fingerprint: a9af3e9d44d7bd8a
-- target fingerprint: 8cbab8fee3a088d0
-- 3 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.contacts ALTER COLUMN email TYPE character varying(100);

-- hazard: rewrite
ALTER TABLE public.contacts ALTER COLUMN note TYPE character varying(255) USING note::character varying(255);

-- hazard: rewrite
ALTER TABLE public.contacts ALTER COLUMN phone TYPE character varying(20);

COMMIT;
