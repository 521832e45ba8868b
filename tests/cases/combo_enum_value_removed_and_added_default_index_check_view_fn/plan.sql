-- schemadiff plan
-- source fingerprint: 3ca51377fa433095
-- target fingerprint: 4b25823adcb77190
-- 20 statements; hazards: rewrite

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP VIEW public.open_orders;

DROP INDEX public.orders_open_idx;

ALTER TABLE public.orders DROP CONSTRAINT orders_state_check;

DROP FUNCTION public.is_final(s public.order_state);

ALTER TYPE public.order_state RENAME TO order_state__schemadiff_old;

CREATE TYPE public.order_state AS ENUM ('new', 'paid', 'shipped', 'returned');

ALTER TABLE public.orders ALTER COLUMN prev_states DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN prev_states TYPE public.order_state[] USING prev_states::text::public.order_state[];

ALTER TABLE public.orders ALTER COLUMN prev_states SET DEFAULT '{}'::public.order_state[];

ALTER TABLE public.orders ALTER COLUMN state DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN state TYPE public.order_state USING state::text::public.order_state;

ALTER TABLE public.orders ALTER COLUMN state SET DEFAULT 'new'::public.order_state;

DROP TYPE public.order_state__schemadiff_old;

CREATE OR REPLACE FUNCTION public.is_final(s public.order_state)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT s IN ('shipped', 'returned') $function$;

ALTER TABLE public.orders ADD CONSTRAINT orders_state_check CHECK (state <> 'returned' OR id > 0) NOT VALID;

CREATE VIEW public.open_orders AS
SELECT id, state FROM orders WHERE state NOT IN ('shipped', 'returned');

COMMIT;

ALTER TABLE public.orders VALIDATE CONSTRAINT orders_state_check;

CREATE INDEX CONCURRENTLY orders_final_idx ON public.orders USING btree (public.is_final(state));

CREATE INDEX CONCURRENTLY orders_open_idx ON public.orders USING btree (id) WHERE state IN ('new', 'paid');

CREATE INDEX CONCURRENTLY orders_returned_idx ON public.orders USING btree (id) WHERE state = 'returned';
