-- schemadiff plan
-- source fingerprint: 2aff26904957f57e
-- target fingerprint: e685b73f4f16178e
-- 11 statements; hazards: data-loss,rewrite,irreversible

SET search_path = public;

BEGIN;

DROP POLICY open_only ON public.orders;

DROP TRIGGER orders_touch ON public.orders;

DROP VIEW public.open_orders;

DROP MATERIALIZED VIEW public.order_counts;

-- hazard: data-loss,irreversible
ALTER TABLE public.orders DROP COLUMN is_open;

ALTER TABLE public.orders ALTER COLUMN status TYPE text USING status::text;

-- hazard: rewrite
ALTER TABLE public.orders ADD COLUMN is_open boolean GENERATED ALWAYS AS ((status = ANY (ARRAY['new'::text, 'paid'::text]))) STORED;

CREATE VIEW public.open_orders AS
select id from orders where status in ('new', 'paid');

CREATE MATERIALIZED VIEW public.order_counts AS
 SELECT orders.status
   FROM public.orders
  WHERE (orders.status = ANY (ARRAY['new'::text, 'paid'::text]));

CREATE TRIGGER orders_touch BEFORE UPDATE ON public.orders FOR EACH ROW WHEN ((new.status = ANY (ARRAY['paid'::text, 'shipped'::text]))) EXECUTE FUNCTION public.touch();

CREATE POLICY open_only ON public.orders AS PERMISSIVE FOR ALL TO PUBLIC USING (status in ('new', 'paid'));

COMMIT;
