-- schemadiff plan
-- source fingerprint: 014c1708cf1b6c56
-- target fingerprint: 7b568d66ed8c3007
-- 7 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

ALTER TYPE public.order_state ADD VALUE 'shipped' AFTER 'paid';

ALTER TYPE public.order_state ADD VALUE 'cancelled' AFTER 'shipped';

COMMIT;

BEGIN;

CREATE OR REPLACE FUNCTION public.is_final(s public.order_state)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
RETURN (s = ANY (ARRAY['shipped'::public.order_state, 'cancelled'::public.order_state]));

ALTER TABLE public.orders ADD COLUMN shipped_at timestamp with time zone;

ALTER TABLE public.orders ADD CONSTRAINT orders_shipped_check CHECK ((state = 'shipped') = (shipped_at IS NOT NULL)) NOT VALID;

COMMIT;

ALTER TABLE public.orders VALIDATE CONSTRAINT orders_shipped_check;

CREATE INDEX CONCURRENTLY orders_open_idx ON public.orders USING btree (id) WHERE state <> 'cancelled';
