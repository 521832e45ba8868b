-- schemadiff plan
-- source fingerprint: ded3f510fa4a9221
-- target fingerprint: 71a1bd8e44d934aa
-- 2 statements; hazards: none

BEGIN;

CREATE OR REPLACE TRIGGER t_stamp BEFORE INSERT OR UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.stamp();

CREATE TRIGGER t_stamp2 AFTER DELETE ON public.t FOR EACH STATEMENT EXECUTE FUNCTION public.stamp();

COMMIT;
