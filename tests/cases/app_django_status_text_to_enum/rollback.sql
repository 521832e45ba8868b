-- schemadiff rollback
-- source fingerprint: 8d277a3b77519c8e
-- target fingerprint: f1d8f1813d60893b
-- 22 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP VIEW public.shop_open_orders;

ALTER TABLE public.shop_orderline DROP CONSTRAINT shop_orderline_order_id_fkey;

ALTER TABLE public.shop_orderline DROP CONSTRAINT shop_orderline_quantity_check;

-- hazard: data-loss,irreversible
ALTER TABLE public.shop_order DROP COLUMN note;

DROP TYPE public.order_priority;

SELECT pg_catalog.setval('public.shop_orderline_id_seq', CASE WHEN last_value > 2147483647 THEN 2147483647 ELSE 1 END, last_value > 2147483647) FROM public.shop_orderline_id_seq WHERE last_value > 2147483647 OR last_value < 1;

ALTER SEQUENCE public.shop_orderline_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

ALTER TABLE public.shop_order ALTER COLUMN status DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.shop_order ALTER COLUMN status TYPE character varying(20) USING status::text::character varying(20);

ALTER TABLE public.shop_order ALTER COLUMN status SET DEFAULT 'pending'::character varying;

DROP TYPE public.order_status;

ALTER TABLE public.shop_orderline ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.shop_orderline ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.shop_orderline ALTER COLUMN id SET DEFAULT nextval('public.shop_orderline_id_seq'::regclass);

ALTER TABLE public.shop_order ADD CONSTRAINT shop_order_status_check CHECK ((status IN ('pending'::character varying, 'paid'::character varying, 'shipped'::character varying, 'cancelled'::character varying))) NOT VALID;

ALTER TABLE public.shop_orderline ADD CONSTRAINT shop_orderline_quantity_check CHECK ((quantity >= 0)) NOT VALID;

ALTER TABLE public.shop_orderline ADD CONSTRAINT shop_orderline_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.shop_order(id) DEFERRABLE INITIALLY DEFERRED NOT VALID;

CREATE VIEW public.shop_open_orders AS
 SELECT shop_order.id,
    shop_order.reference,
    shop_order.status
   FROM public.shop_order
  WHERE ((shop_order.status)::text <> 'cancelled'::text);

COMMIT;

ALTER TABLE public.shop_order VALIDATE CONSTRAINT shop_order_status_check;

ALTER TABLE public.shop_orderline VALIDATE CONSTRAINT shop_orderline_quantity_check;

ALTER TABLE public.shop_orderline VALIDATE CONSTRAINT shop_orderline_order_id_fkey;

CREATE INDEX CONCURRENTLY shop_order_status_like ON public.shop_order USING btree (status varchar_pattern_ops);
