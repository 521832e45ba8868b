-- schemadiff plan
-- source fingerprint: 80b45a65328fe530
-- target fingerprint: 746334d87f04cfd2
-- 7 statements; hazards: none

BEGIN;

DROP TRIGGER child_chk ON public.child;

DROP TRIGGER child_chk2 ON public.child;

CREATE CONSTRAINT TRIGGER child_chk AFTER INSERT OR UPDATE ON public.child FROM public.parent DEFERRABLE INITIALLY IMMEDIATE FOR EACH ROW EXECUTE FUNCTION public.chk();

CREATE CONSTRAINT TRIGGER child_chk2 AFTER INSERT ON public.child DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN ((new.pid IS NOT NULL)) EXECUTE FUNCTION public.chk();

ALTER TABLE public.child DISABLE TRIGGER child_chk2;

COMMENT ON TRIGGER child_chk ON public.child IS 'checks parent';

COMMENT ON TRIGGER child_chk2 ON public.child IS 'second';

COMMIT;
