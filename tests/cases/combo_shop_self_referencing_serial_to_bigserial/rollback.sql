-- schemadiff rollback
-- source fingerprint: f8420ac9cf3a3221
-- target fingerprint: 138b2c492f11f573
-- 11 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP VIEW public.active_products;

-- hazard: data-loss,irreversible
ALTER TABLE public.notes DROP COLUMN mut_c2;

SELECT pg_catalog.setval('public.categories_id_seq', CASE WHEN last_value > 2147483647 THEN 2147483647 ELSE 1 END, last_value > 2147483647) FROM public.categories_id_seq WHERE last_value > 2147483647 OR last_value < 1;

ALTER SEQUENCE public.categories_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

ALTER TABLE public.categories ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.categories ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.categories ALTER COLUMN id SET DEFAULT nextval('public.categories_id_seq'::regclass);

ALTER TABLE public.products ADD COLUMN stock integer DEFAULT 0 NOT NULL;

ALTER TABLE public.orders ADD CONSTRAINT orders_total_check CHECK ((total >= (0)::numeric)) NOT VALID;

CREATE VIEW public.active_products AS
 SELECT p.id,
    p.sku,
    p.name,
    p.price
   FROM public.products p
  WHERE p.active;

COMMIT;

ALTER TABLE public.orders VALIDATE CONSTRAINT orders_total_check;
