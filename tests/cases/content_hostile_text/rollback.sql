-- schemadiff rollback
-- source fingerprint: 78ce5a559e08bc42
-- target fingerprint: 8865201fe434dddc
-- 13 statements; hazards: data-loss,irreversible

BEGIN;

COMMENT ON TABLE public.notes IS NULL;

DROP POLICY "p ""1""" ON public.notes;

DROP TRIGGER "t;--" ON public.notes;

DROP VIEW public.v;

ALTER TABLE public.notes DROP CONSTRAINT "check ""this""";

DROP FUNCTION public."f$$;"(a text);

DROP FUNCTION public.plpgsql_body();

ALTER TABLE public.notes DISABLE ROW LEVEL SECURITY;

-- hazard: data-loss,irreversible
ALTER TABLE public.notes DROP COLUMN mood;

-- hazard: data-loss,irreversible
ALTER TABLE public.notes DROP COLUMN q;

DROP DOMAIN public.quoted;

DROP TYPE public.mood;

ALTER TABLE public.notes ALTER COLUMN body DROP DEFAULT;

COMMIT;
