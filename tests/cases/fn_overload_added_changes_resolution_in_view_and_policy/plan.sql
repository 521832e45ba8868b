-- schemadiff plan
-- source fingerprint: a1e7204d5edad8c9
-- target fingerprint: b3a8a4027a7f94fb
-- 3 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

CREATE OR REPLACE FUNCTION public.fmt_id(v integer)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 'I' || v $function$;

CREATE OR REPLACE VIEW public.thing_codes AS
SELECT id, fmt_id(id) AS code FROM things;

ALTER POLICY things_code ON public.things TO PUBLIC USING (code IS NULL OR code <> fmt_id(id));

COMMIT;
