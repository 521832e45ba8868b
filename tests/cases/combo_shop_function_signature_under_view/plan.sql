-- schemadiff plan
-- source fingerprint: 138b2c492f11f573
-- target fingerprint: 18a3bfc1104cf1ec
-- 8 statements; hazards: data-loss,irreversible

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP VIEW public.order_summary;

DROP INDEX public.products_name_lower_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.customers DROP COLUMN phone;

DROP FUNCTION public.full_name(first text, last text);

CREATE OR REPLACE VIEW public.active_products AS
select p.id,
       p.sku,
       p.name,
       p.price,
       p.category_id as mut_vc1
  from products p
 where p.active;

CREATE OR REPLACE FUNCTION public.full_name(first text, last text, sep text DEFAULT ' '::text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ select first || sep || last $function$;

CREATE VIEW public.order_summary AS
select o.id,
       c.email,
       full_name(c.first_name, c.last_name) as customer,
       o.status,
       o.total,
       count(i.line_no) as lines
  from orders o
  join customers c on c.id = o.customer_id
  left join order_items i on i.order_id = o.id
 group by o.id, c.email, c.first_name, c.last_name;

COMMIT;

CREATE INDEX CONCURRENTLY products_name_lower_idx ON public.products USING btree (lower(name)) WHERE active is not null;
