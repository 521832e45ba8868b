-- schemadiff rollback
-- source fingerprint: f3e7c14f27e0cc9a
-- target fingerprint: 2fdb3d5acddaaf52
-- 1 statement; hazards: none

BEGIN;

CREATE OR REPLACE TRIGGER flag_outlier BEFORE INSERT OR UPDATE ON public.measurements FOR EACH ROW WHEN ((new.value > (1000)::numeric)) EXECUTE FUNCTION public.flag_outlier();

COMMIT;
