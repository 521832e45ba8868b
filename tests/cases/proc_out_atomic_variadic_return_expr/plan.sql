-- schemadiff plan
-- source fingerprint: 3036510386436cdf
-- target fingerprint: 59f1206199cc40a7
-- 5 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.addall(VARIADIC xs integer[]);

CREATE OR REPLACE FUNCTION public.cnt()
 RETURNS bigint
 LANGUAGE sql
 STABLE LEAKPROOF COST 5
BEGIN ATOMIC
 SELECT count(*) AS count
    FROM public.t
   WHERE (t.v IS NOT NULL);
END;

CREATE OR REPLACE PROCEDURE public.p(IN a integer, OUT b integer)
 LANGUAGE sql
BEGIN ATOMIC
 SELECT (a * 2);
END;

CREATE OR REPLACE FUNCTION public.addall(base integer DEFAULT 0, VARIADIC xs integer[] DEFAULT '{}'::integer[])
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
RETURN (base + (SELECT COALESCE(sum(x.x), (0)::bigint) AS "coalesce" FROM unnest(addall.xs) x(x)));

CREATE OR REPLACE FUNCTION public.pairs(n integer, OUT i integer, OUT sq integer)
 RETURNS SETOF record
 LANGUAGE sql
 IMMUTABLE ROWS 7
BEGIN ATOMIC
 SELECT g.g,
     (g.g * g.g)
    FROM generate_series(1, pairs.n) g(g);
END;

COMMIT;
