-- schemadiff plan
-- source fingerprint: 138b2c492f11f573
-- target fingerprint: f8420ac9cf3a3221
-- 8 statements; hazards: data-loss,rewrite,irreversible

SET search_path = public;

BEGIN;

ALTER TABLE public.orders DROP CONSTRAINT orders_total_check;

-- hazard: data-loss,irreversible
ALTER TABLE public.products DROP COLUMN stock;

ALTER SEQUENCE public.categories_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

ALTER TABLE public.categories ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.categories ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.categories ALTER COLUMN id SET DEFAULT nextval('public.categories_id_seq'::regclass);

CREATE OR REPLACE VIEW public.active_products AS
select p.id,
       p.sku,
       p.name,
       p.price,
       p.weight_g as mut_vc1
  from products p
 where p.active;

ALTER TABLE public.notes ADD COLUMN mut_c2 text[] DEFAULT '{}'::text[] NOT NULL;

COMMIT;
