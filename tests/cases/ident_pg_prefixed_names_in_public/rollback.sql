-- schemadiff rollback
-- source fingerprint: 0b4e23c725e3ccd8
-- target fingerprint: c0568359d7a00949
-- 14 statements; hazards: data-loss,rewrite,irreversible

SET check_function_bodies = false;

BEGIN;

DROP VIEW public.pg_view;

DROP INDEX public.pg_orders_calc;

ALTER TABLE public.pg_orders DROP CONSTRAINT pg_orders_n_check;

-- hazard: data-loss,irreversible
ALTER TABLE public.pg_orders DROP COLUMN n;

-- hazard: data-loss,irreversible
DROP TABLE information_schemax.t;

-- hazard: data-loss,irreversible
DROP TABLE "pg toast".pg_x;

ALTER TYPE public.pg_status RENAME TO pg_status__schemadiff_old;

CREATE TYPE public.pg_status AS ENUM ('a', 'b');

DROP SCHEMA information_schemax;

DROP SCHEMA "pg toast";

CREATE OR REPLACE FUNCTION public.pg_calc(i integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
RETURN (i + 1);

ALTER TABLE public.pg_orders ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.pg_orders ALTER COLUMN s TYPE public.pg_status USING s::text::public.pg_status;

DROP TYPE public.pg_status__schemadiff_old;

COMMIT;
