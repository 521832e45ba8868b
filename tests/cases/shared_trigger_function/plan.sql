-- schemadiff plan
-- source fingerprint: 0e5ab27c6d85c6f0
-- target fingerprint: 7c59af875cdbdf29
-- 11 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.touch_updated_at()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  IF NEW IS DISTINCT FROM OLD THEN
    NEW.updated_at := clock_timestamp();
  END IF;
  RETURN NEW;
END $function$;

ALTER TABLE public.a ALTER COLUMN updated_at SET DEFAULT now();

ALTER TABLE public.a ADD CONSTRAINT schemadiff_nn_1b33bf0bbb23aa95 CHECK (updated_at IS NOT NULL) NOT VALID;

CREATE OR REPLACE TRIGGER b_touch BEFORE INSERT OR UPDATE ON public.b FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();

CREATE OR REPLACE TRIGGER c_touch BEFORE UPDATE OF v ON public.c FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();

CREATE TABLE public.d (
    id integer NOT NULL,
    v text,
    updated_at timestamp with time zone
);

ALTER TABLE public.d ADD CONSTRAINT d_pkey PRIMARY KEY (id);

CREATE TRIGGER d_touch BEFORE UPDATE ON public.d FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();

COMMIT;

ALTER TABLE public.a VALIDATE CONSTRAINT schemadiff_nn_1b33bf0bbb23aa95;

ALTER TABLE public.a ALTER COLUMN updated_at SET NOT NULL;

ALTER TABLE public.a DROP CONSTRAINT schemadiff_nn_1b33bf0bbb23aa95;
