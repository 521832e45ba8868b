-- schemadiff plan
-- source fingerprint: 3823723947bacc6c
-- target fingerprint: 0d6631bfb121626d
-- 5 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

ALTER TABLE public.patients DROP CONSTRAINT patients_age_check;

CREATE OR REPLACE FUNCTION public.plausible_age(a integer)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT a BETWEEN 0 AND 130 $function$;

ALTER TABLE public.patients ADD COLUMN name text;

ALTER TABLE public.patients ADD CONSTRAINT patients_age_check CHECK (plausible_age(age)) NOT VALID;

COMMIT;

CREATE INDEX CONCURRENTLY patients_plausible_idx ON public.patients USING btree (id) WHERE plausible_age(age);
