-- schemadiff rollback
-- source fingerprint: e0d00af346d99355
-- target fingerprint: 138b2c492f11f573
-- 9 statements; hazards: data-loss,irreversible

SET check_function_bodies = false;

BEGIN;

ALTER TABLE public.products DROP CONSTRAINT products_price_ok;

-- hazard: data-loss,irreversible
ALTER TABLE public.audit_log DROP COLUMN mut_c1;

-- hazard: data-loss,irreversible
ALTER TABLE public.warehouses DROP COLUMN capacity_v2;

DROP FUNCTION public.money_ok(v numeric, allow_zero boolean);

CREATE OR REPLACE VIEW public.order_summary AS
 SELECT o.id,
    c.email,
    public.full_name((c.first_name)::text, (c.last_name)::text) AS customer,
    o.status,
    o.total,
    count(i.line_no) AS lines
   FROM ((public.orders o
     JOIN public.customers c ON ((c.id = o.customer_id)))
     LEFT JOIN public.order_items i ON ((i.order_id = o.id)))
  GROUP BY o.id, c.email, c.first_name, c.last_name;

CREATE OR REPLACE FUNCTION public.money_ok(v numeric)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ select v >= 0 $function$;

ALTER TABLE public.warehouses ADD COLUMN capacity integer;

ALTER TABLE public.products ADD CONSTRAINT products_price_ok CHECK (public.money_ok(price)) NOT VALID;

COMMIT;

ALTER TABLE public.products VALIDATE CONSTRAINT products_price_ok;
