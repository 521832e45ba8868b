-- schemadiff plan
-- source fingerprint: 138b2c492f11f573
-- target fingerprint: eb86adf3dddf1cca
-- 17 statements; hazards: data-loss,rewrite,irreversible

SET search_path = public;

BEGIN;

DROP VIEW public.order_summary;

DROP INDEX public.orders_open_idx;

ALTER TABLE public.reviews DROP CONSTRAINT reviews_product_id_fkey;

-- hazard: data-loss,irreversible
ALTER TABLE public.customers DROP COLUMN phone;

ALTER TYPE public.order_status RENAME TO order_status__schemadiff_old;

CREATE TYPE public.order_status AS ENUM ('new', 'paid', 'shipped');

ALTER TABLE public.orders ALTER COLUMN status DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN status TYPE public.order_status USING status::text::public.order_status;

ALTER TABLE public.orders ALTER COLUMN status SET DEFAULT 'new'::public.order_status;

DROP TYPE public.order_status__schemadiff_old;

ALTER TABLE public.notes ADD COLUMN mut_ref2 integer;

ALTER TABLE public.notes ADD CONSTRAINT notes_mut_ref2_fkey FOREIGN KEY (mut_ref2) REFERENCES public.categories(id) ON DELETE RESTRICT NOT VALID;

ALTER TABLE public.reviews ADD CONSTRAINT reviews_product_id_fkey FOREIGN KEY (product_id) REFERENCES public.products(id) ON DELETE RESTRICT NOT VALID;

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

ALTER TABLE public.notes VALIDATE CONSTRAINT notes_mut_ref2_fkey;

ALTER TABLE public.reviews VALIDATE CONSTRAINT reviews_product_id_fkey;

CREATE INDEX CONCURRENTLY orders_open_idx ON public.orders USING btree (placed_at) WHERE status in ('new', 'paid');
