-- schemadiff rollback
-- source fingerprint: dc7cac272fc796b7
-- target fingerprint: dce9286455966792
-- 2 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.a_child SET UNLOGGED;

-- hazard: rewrite
ALTER TABLE public.b_parent SET UNLOGGED;

COMMIT;
