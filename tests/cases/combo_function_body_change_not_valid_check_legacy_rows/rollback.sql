-- schemadiff rollback
-- source fingerprint: 0d6631bfb121626d
-- target fingerprint: 3823723947bacc6c
-- 5 statements; hazards: data-loss,irreversible

SET check_function_bodies = false;

BEGIN;

DROP INDEX public.patients_plausible_idx;

ALTER TABLE public.patients DROP CONSTRAINT patients_age_check;

-- hazard: data-loss,irreversible
ALTER TABLE public.patients DROP COLUMN name;

CREATE OR REPLACE FUNCTION public.plausible_age(a integer)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT a BETWEEN 0 AND 150 $function$;

ALTER TABLE public.patients ADD CONSTRAINT patients_age_check CHECK (public.plausible_age(age)) NOT VALID;

COMMIT;
