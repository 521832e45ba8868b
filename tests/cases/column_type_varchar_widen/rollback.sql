-- schemadiff rollback
-- source fingerprint: f794caee0e81bd5a
-- target fingerprint: 03023b43f928cb95
-- 3 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.contacts ALTER COLUMN email TYPE character varying(100);

-- hazard: rewrite
ALTER TABLE public.contacts ALTER COLUMN note TYPE character varying(255) USING note::character varying(255);

-- hazard: rewrite
ALTER TABLE public.contacts ALTER COLUMN phone TYPE character varying(20);

COMMIT;
