-- schemadiff rollback
-- source fingerprint: f0ef65acf5657878
-- target fingerprint: 35587c9d5733c003
-- 2 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.fmt_id(v integer)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 'I' || v $function$;

CREATE OR REPLACE VIEW public.thing_codes AS
 SELECT things.id,
    public.fmt_id(things.id) AS code
   FROM public.things;

COMMIT;
