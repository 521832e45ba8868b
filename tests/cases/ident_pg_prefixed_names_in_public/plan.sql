-- schemadiff plan
-- source fingerprint: c0568359d7a00949
-- target fingerprint: 0b4e23c725e3ccd8
-- 13 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

ALTER TYPE public.pg_status ADD VALUE 'c' AFTER 'b';

CREATE OR REPLACE FUNCTION public.pg_calc(i integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
RETURN (i + 2);

ALTER TABLE public.pg_orders ALTER COLUMN id SET DEFAULT nextval('public.pg_seq'::regclass);

SELECT pg_catalog.setval('public.pg_seq', existing.last) FROM (SELECT pg_catalog.max(id) AS last FROM public.pg_orders) AS existing WHERE existing.last > (SELECT last_value FROM public.pg_seq);

CREATE SCHEMA information_schemax;

CREATE SCHEMA "pg toast";

CREATE TABLE information_schemax.t (
    id integer
);

CREATE TABLE "pg toast".pg_x (
    id integer
);

ALTER TABLE public.pg_orders ADD COLUMN n integer;

ALTER TABLE public.pg_orders ADD CONSTRAINT pg_orders_n_check CHECK (pg_calc(n) > 0) NOT VALID;

CREATE VIEW public.pg_view AS
SELECT id, pg_calc(n) FROM pg_orders;

COMMIT;

ALTER TABLE public.pg_orders VALIDATE CONSTRAINT pg_orders_n_check;

CREATE INDEX CONCURRENTLY pg_orders_calc ON public.pg_orders USING btree (public.pg_calc(n));
