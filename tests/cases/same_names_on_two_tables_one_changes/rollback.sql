-- schemadiff rollback
-- source fingerprint: e6946ad6fac68bf1
-- target fingerprint: 7d1107137922700a
-- 8 statements; hazards: none

BEGIN;

COMMENT ON POLICY p ON public.a IS NULL;

COMMENT ON TRIGGER stamp ON public.b IS NULL;

ALTER TABLE public.b DROP CONSTRAINT positive;

CREATE OR REPLACE TRIGGER stamp BEFORE UPDATE ON public.b FOR EACH ROW EXECUTE FUNCTION public.stamp();

ALTER POLICY p ON public.b TO PUBLIC USING ((v > 0));

ALTER TABLE public.b ADD CONSTRAINT positive CHECK ((v > 0)) NOT VALID;

COMMENT ON CONSTRAINT positive ON public.b IS 'b positive';

COMMIT;

ALTER TABLE public.b VALIDATE CONSTRAINT positive;
