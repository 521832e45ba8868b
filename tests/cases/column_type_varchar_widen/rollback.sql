-- schemadiff rollback
-- source fingerprint: e60c747a9452db26
-- target fingerprint: 41d83c1ab292fe31
-- 3 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.contacts ALTER COLUMN email TYPE character varying(100);

-- hazard: rewrite
ALTER TABLE public.contacts ALTER COLUMN note TYPE character varying(255);

-- hazard: rewrite
ALTER TABLE public.contacts ALTER COLUMN phone TYPE character varying(20);

COMMIT;
