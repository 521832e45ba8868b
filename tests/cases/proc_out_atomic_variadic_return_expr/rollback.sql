-- schemadiff rollback
-- source fingerprint: 59f1206199cc40a7
-- target fingerprint: 3036510386436cdf
-- 5 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.addall(base integer, VARIADIC xs integer[]);

DROP FUNCTION public.pairs(n integer);

CREATE OR REPLACE FUNCTION public.cnt()
 RETURNS bigint
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT count(*) AS count
    FROM public.t;
END;

CREATE OR REPLACE PROCEDURE public.p(IN a integer, OUT b integer)
 LANGUAGE plpgsql
AS $procedure$ BEGIN b := a; END $procedure$;

CREATE OR REPLACE FUNCTION public.addall(VARIADIC xs integer[])
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
RETURN (SELECT sum(x.x) AS sum FROM unnest(addall.xs) x(x));

COMMIT;
