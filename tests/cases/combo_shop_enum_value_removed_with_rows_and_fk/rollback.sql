-- schemadiff rollback
-- source fingerprint: eb86adf3dddf1cca
-- target fingerprint: 138b2c492f11f573
-- 7 statements; hazards: data-loss,irreversible

BEGIN;

ALTER TYPE public.order_status ADD VALUE 'cancelled' AFTER 'shipped';

ALTER TABLE public.notes DROP CONSTRAINT notes_mut_ref2_fkey;

ALTER TABLE public.reviews DROP CONSTRAINT reviews_product_id_fkey;

-- hazard: data-loss,irreversible
ALTER TABLE public.notes DROP COLUMN mut_ref2;

ALTER TABLE public.customers ADD COLUMN phone character varying(20);

ALTER TABLE public.reviews ADD CONSTRAINT reviews_product_id_fkey FOREIGN KEY (product_id) REFERENCES public.products(id) ON DELETE CASCADE NOT VALID;

COMMIT;

ALTER TABLE public.reviews VALIDATE CONSTRAINT reviews_product_id_fkey;
