-- schemadiff rollback
-- source fingerprint: 31a9add5701431ba
-- target fingerprint: 7022c6b2d1fd6aa3
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.order_total(oid integer);

DROP FUNCTION public.line_total(q integer, p numeric, discount numeric);

CREATE OR REPLACE FUNCTION public.line_total(q integer, p numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
RETURN ((q)::numeric * p);

CREATE OR REPLACE FUNCTION public.order_total(oid integer)
 RETURNS numeric
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT COALESCE(sum(public.line_total(line_items.qty, line_items.unit_price)), (0)::numeric) AS "coalesce"
    FROM public.line_items
   WHERE (line_items.order_id = order_total.oid);
END;

COMMIT;
