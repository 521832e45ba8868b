-- schemadiff rollback
-- source fingerprint: 4b25823adcb77190
-- target fingerprint: 3ca51377fa433095
-- 20 statements; hazards: rewrite

SET check_function_bodies = false;

BEGIN;

DROP VIEW public.open_orders;

DROP INDEX public.orders_final_idx;

DROP INDEX public.orders_open_idx;

DROP INDEX public.orders_returned_idx;

ALTER TABLE public.orders DROP CONSTRAINT orders_state_check;

DROP FUNCTION public.is_final(s public.order_state);

ALTER TYPE public.order_state RENAME TO order_state__schemadiff_old;

CREATE TYPE public.order_state AS ENUM ('new', 'legacy', 'paid', 'shipped');

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
AS $function$ SELECT s = 'shipped' $function$;

ALTER TABLE public.orders ADD CONSTRAINT orders_state_check CHECK (((state <> 'legacy'::public.order_state) OR (id < 0))) NOT VALID;

CREATE VIEW public.open_orders AS
 SELECT orders.id,
    orders.state
   FROM public.orders
  WHERE (orders.state <> 'shipped'::public.order_state);

COMMIT;

ALTER TABLE public.orders VALIDATE CONSTRAINT orders_state_check;

CREATE INDEX CONCURRENTLY orders_open_idx ON public.orders USING btree (id) WHERE (state = ANY (ARRAY['new'::public.order_state, 'paid'::public.order_state]));
