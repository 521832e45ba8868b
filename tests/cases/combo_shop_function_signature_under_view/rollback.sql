-- schemadiff rollback
-- source fingerprint: 18a3bfc1104cf1ec
-- target fingerprint: 138b2c492f11f573
-- 9 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP VIEW public.active_products;

DROP VIEW public.order_summary;

DROP INDEX public.products_name_lower_idx;

DROP FUNCTION public.full_name(first text, last text, sep text);

CREATE OR REPLACE FUNCTION public.full_name(first text, last text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ select first || ' ' || last $function$;

ALTER TABLE public.customers ADD COLUMN phone character varying(20);

CREATE VIEW public.active_products AS
 SELECT p.id,
    p.sku,
    p.name,
    p.price
   FROM public.products p
  WHERE p.active;

CREATE VIEW public.order_summary AS
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

COMMIT;

CREATE INDEX CONCURRENTLY products_name_lower_idx ON public.products USING btree (lower(name));
