-- schemadiff rollback
-- source fingerprint: 746334d87f04cfd2
-- target fingerprint: 80b45a65328fe530
-- 5 statements; hazards: none

BEGIN;

DROP TRIGGER child_chk ON public.child;

DROP TRIGGER child_chk2 ON public.child;

CREATE CONSTRAINT TRIGGER child_chk AFTER INSERT OR UPDATE ON public.child FROM public.parent DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.chk();

CREATE CONSTRAINT TRIGGER child_chk2 AFTER INSERT ON public.child NOT DEFERRABLE INITIALLY IMMEDIATE FOR EACH ROW WHEN ((new.pid IS NOT NULL)) EXECUTE FUNCTION public.chk();

COMMENT ON TRIGGER child_chk ON public.child IS 'checks parent';

COMMIT;
