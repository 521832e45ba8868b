-- schemadiff rollback
-- source fingerprint: 950dc46c496c91b8
-- target fingerprint: bb75d193dd168bc6
-- 5 statements; hazards: data-loss,irreversible

BEGIN;

DROP VIEW public.product_names;

DROP VIEW public.product_list;

-- hazard: data-loss,irreversible
ALTER TABLE public.products DROP COLUMN price;

CREATE VIEW public.product_list AS
 SELECT products.id,
    products.name
   FROM public.products;

CREATE VIEW public.product_names AS
 SELECT product_list.name
   FROM public.product_list;

COMMIT;
