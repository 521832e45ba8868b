-- schemadiff plan
-- source fingerprint: 6d45b713207ff66e
-- target fingerprint: 9ccd7e59121a551d
-- 17 statements; hazards: long-lock

SET search_path = public;

BEGIN;

ALTER TABLE public.customers ADD CONSTRAINT schemadiff_nn_772263fda85ba53f CHECK (email IS NOT NULL) NOT VALID;

ALTER TABLE public.orders ALTER COLUMN total SET DEFAULT 0;

ALTER TABLE public.orders ADD COLUMN note text;

ALTER TABLE public.orders ADD COLUMN placed_at timestamp with time zone DEFAULT now() NOT NULL;

-- hazard: long-lock
ALTER TABLE public.customers ADD CONSTRAINT customers_pkey PRIMARY KEY (id);

ALTER TABLE public.orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;

ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE CASCADE NOT VALID;

COMMIT;

ALTER TABLE public.customers VALIDATE CONSTRAINT schemadiff_nn_772263fda85ba53f;

ALTER TABLE public.customers ALTER COLUMN email SET NOT NULL;

ALTER TABLE public.customers DROP CONSTRAINT schemadiff_nn_772263fda85ba53f;

CREATE UNIQUE INDEX CONCURRENTLY orders_pkey ON public.orders (id);

ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX orders_pkey;

CREATE UNIQUE INDEX CONCURRENTLY customers_email_key ON public.customers (email);

ALTER TABLE public.customers ADD CONSTRAINT customers_email_key UNIQUE USING INDEX customers_email_key;

ALTER TABLE public.orders VALIDATE CONSTRAINT orders_total_check;

ALTER TABLE public.orders VALIDATE CONSTRAINT orders_customer_fk;

CREATE INDEX CONCURRENTLY orders_customer_idx ON public.orders USING btree (customer_id);
