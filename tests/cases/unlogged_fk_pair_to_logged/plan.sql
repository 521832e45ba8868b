-- schemadiff plan
-- source fingerprint: dce9286455966792
-- target fingerprint: dc7cac272fc796b7
-- 2 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.b_parent SET LOGGED;

-- hazard: rewrite
ALTER TABLE public.a_child SET LOGGED;

COMMIT;
