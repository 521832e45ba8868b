-- schemadiff rollback
-- source fingerprint: 9ccd7e59121a551d
-- target fingerprint: 6d45b713207ff66e
-- 10 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.orders_customer_idx;

ALTER TABLE public.orders DROP CONSTRAINT orders_customer_fk;

ALTER TABLE public.orders DROP CONSTRAINT orders_total_check;

ALTER TABLE public.customers DROP CONSTRAINT customers_email_key;

ALTER TABLE public.customers DROP CONSTRAINT customers_pkey;

ALTER TABLE public.orders DROP CONSTRAINT orders_pkey;

-- hazard: data-loss,irreversible
ALTER TABLE public.orders DROP COLUMN note;

-- hazard: data-loss,irreversible
ALTER TABLE public.orders DROP COLUMN placed_at;

ALTER TABLE public.customers ALTER COLUMN email DROP NOT NULL;

ALTER TABLE public.orders ALTER COLUMN total DROP DEFAULT;

COMMIT;
