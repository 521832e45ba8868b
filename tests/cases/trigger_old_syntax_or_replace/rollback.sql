-- schemadiff rollback
-- source fingerprint: 71a1bd8e44d934aa
-- target fingerprint: ded3f510fa4a9221
-- 2 statements; hazards: none

BEGIN;

DROP TRIGGER t_stamp2 ON public.t;

CREATE OR REPLACE TRIGGER t_stamp BEFORE UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.stamp();

COMMIT;
