-- schemadiff plan
-- source fingerprint: d2e414ab761de77b
-- target fingerprint: 02b0cc95d7a6cdb4
-- 5 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE TYPE public.mp AS (a integer);

CREATE TABLE public.o (
    x integer
);

CREATE OR REPLACE FUNCTION public.oc()
 RETURNS bigint
 LANGUAGE sql
BEGIN ATOMIC
 SELECT count(*) AS count
    FROM public.o;
END;

GRANT EXECUTE ON FUNCTION public.oc() TO PUBLIC;

GRANT USAGE ON TYPE public.mp TO PUBLIC;

COMMIT;
