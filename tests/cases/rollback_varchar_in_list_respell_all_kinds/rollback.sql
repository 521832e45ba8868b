-- schemadiff rollback
-- source fingerprint: e685b73f4f16178e
-- target fingerprint: 2aff26904957f57e
-- 11 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP POLICY open_only ON public.orders;

DROP TRIGGER orders_touch ON public.orders;

DROP VIEW public.open_orders;

DROP MATERIALIZED VIEW public.order_counts;

-- hazard: data-loss,irreversible
ALTER TABLE public.orders DROP COLUMN is_open;

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN status TYPE character varying(20);

-- hazard: rewrite
ALTER TABLE public.orders ADD COLUMN is_open boolean GENERATED ALWAYS AS ((status IN ('new'::character varying, 'paid'::character varying))) STORED;

CREATE VIEW public.open_orders AS
 SELECT orders.id
   FROM public.orders
  WHERE (orders.status IN ('new'::character varying, 'paid'::character varying));

CREATE MATERIALIZED VIEW public.order_counts AS
 SELECT orders.status
   FROM public.orders
  WHERE (orders.status IN ('new'::character varying, 'paid'::character varying));

CREATE TRIGGER orders_touch BEFORE UPDATE ON public.orders FOR EACH ROW WHEN ((new.status IN ('paid'::character varying, 'shipped'::character varying))) EXECUTE FUNCTION public.touch();

CREATE POLICY open_only ON public.orders AS PERMISSIVE FOR ALL TO PUBLIC USING ((status IN ('new'::character varying, 'paid'::character varying)));

COMMIT;
