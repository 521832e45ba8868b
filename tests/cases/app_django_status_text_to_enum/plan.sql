-- schemadiff plan
-- source fingerprint: f1d8f1813d60893b
-- target fingerprint: 8d277a3b77519c8e
-- 20 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP VIEW public.shop_open_orders;

DROP INDEX public.shop_order_status_like;

ALTER TABLE public.shop_orderline DROP CONSTRAINT shop_orderline_order_id_fkey;

ALTER TABLE public.shop_order DROP CONSTRAINT shop_order_status_check;

ALTER TABLE public.shop_orderline DROP CONSTRAINT shop_orderline_quantity_check;

ALTER SEQUENCE public.shop_orderline_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

ALTER TABLE public.shop_order ALTER COLUMN status DROP DEFAULT;

ALTER TABLE public.shop_orderline ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.shop_orderline ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.shop_orderline ALTER COLUMN id SET DEFAULT nextval('public.shop_orderline_id_seq'::regclass);

CREATE TYPE public.order_priority AS ENUM ('low', 'normal', 'high');

CREATE TYPE public.order_status AS ENUM ('pending', 'paid', 'shipped', 'cancelled', 'refunded');

-- hazard: rewrite
ALTER TABLE public.shop_order ALTER COLUMN status TYPE public.order_status USING status::text::public.order_status;

ALTER TABLE public.shop_order ALTER COLUMN status SET DEFAULT 'pending'::public.order_status;

ALTER TABLE public.shop_order ADD COLUMN note text DEFAULT ''::text NOT NULL;

ALTER TABLE public.shop_orderline ADD CONSTRAINT shop_orderline_quantity_check CHECK ("quantity" > 0) NOT VALID;

ALTER TABLE public.shop_orderline ADD CONSTRAINT shop_orderline_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.shop_order(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED NOT VALID;

CREATE VIEW public.shop_open_orders AS
select id, reference, status from shop_order where status <> 'cancelled';

COMMIT;

ALTER TABLE public.shop_orderline VALIDATE CONSTRAINT shop_orderline_quantity_check;

ALTER TABLE public.shop_orderline VALIDATE CONSTRAINT shop_orderline_order_id_fkey;
