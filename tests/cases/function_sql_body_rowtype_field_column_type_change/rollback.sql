-- schemadiff rollback
-- source fingerprint: 1763c452f7b1ce15
-- target fingerprint: ff835f922c452b9b
-- 3 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.f(e public.t);

ALTER TABLE public.t ALTER COLUMN name TYPE text USING name::text;

CREATE OR REPLACE FUNCTION public.f(e public.t)
 RETURNS text
 LANGUAGE sql
 STABLE
RETURN (e).name;

COMMIT;
