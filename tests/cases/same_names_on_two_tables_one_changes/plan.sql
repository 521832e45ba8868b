-- schemadiff plan
-- source fingerprint: 7d1107137922700a
-- target fingerprint: e6946ad6fac68bf1
-- 8 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER TABLE public.b DROP CONSTRAINT positive;

CREATE OR REPLACE TRIGGER stamp BEFORE INSERT OR UPDATE ON public.b FOR EACH ROW EXECUTE FUNCTION public.stamp();

ALTER POLICY p ON public.b TO PUBLIC USING (v >= 0);

ALTER TABLE public.b ADD CONSTRAINT positive CHECK (v >= 0) NOT VALID;

COMMENT ON CONSTRAINT positive ON public.b IS 'b non-negative';

COMMENT ON POLICY p ON public.a IS 'a policy';

COMMENT ON TRIGGER stamp ON public.b IS 'b trigger';

COMMIT;

ALTER TABLE public.b VALIDATE CONSTRAINT positive;
