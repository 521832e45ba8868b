-- schemadiff plan
-- source fingerprint: 39d55c8d0318f4ac
-- target fingerprint: cf7b83cfcbdf5c22
-- 39 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP VIEW public.order_totals;

DROP INDEX public.orders_account;

ALTER TYPE public.order_state RENAME TO order_state__schemadiff_old;

CREATE TYPE public.order_state AS ENUM ('draft', 'placed', 'shipped', 'cancelled');

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN email TYPE character varying(320);

ALTER TABLE public.accounts ADD CONSTRAINT schemadiff_nn_2a1e60de18cece83 CHECK (email IS NOT NULL) NOT VALID;

ALTER TABLE ONLY public.accounts ALTER COLUMN email SET STATISTICS 1000;

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN id TYPE bigint USING id::bigint;

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN account_id TYPE bigint USING account_id::bigint;

ALTER TABLE public.orders ADD CONSTRAINT schemadiff_nn_a1c551d7adec7170 CHECK (account_id IS NOT NULL) NOT VALID;

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.orders ALTER COLUMN state DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN state TYPE public.order_state USING state::text::public.order_state;

ALTER TABLE public.orders ALTER COLUMN state SET DEFAULT 'draft'::public.order_state;

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN total TYPE numeric(12,2) USING total::numeric(12,2);

ALTER STATISTICS public.orders_acct_state SET STATISTICS 250;

DROP TYPE public.order_state__schemadiff_old;

ALTER TABLE public.accounts ADD COLUMN plan text DEFAULT 'free'::text NOT NULL;

-- hazard: rewrite
ALTER TABLE public.accounts ADD COLUMN public_id uuid DEFAULT gen_random_uuid() NOT NULL;

ALTER TABLE public.orders ADD COLUMN placed_at timestamp with time zone;

ALTER TABLE public.orders ADD CONSTRAINT orders_account_fk FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE NOT VALID;

CREATE VIEW public.order_totals AS
SELECT account_id, sum(total) AS total, count(*) AS n FROM public.orders GROUP BY account_id;

CREATE STATISTICS public.orders_placed_expr (ndistinct, dependencies, mcv) ON state, (date_trunc('day'::text, placed_at)) FROM public.orders;

COMMIT;

ALTER TABLE public.accounts VALIDATE CONSTRAINT schemadiff_nn_2a1e60de18cece83;

ALTER TABLE public.accounts ALTER COLUMN email SET NOT NULL;

ALTER TABLE public.accounts DROP CONSTRAINT schemadiff_nn_2a1e60de18cece83;

ALTER TABLE public.orders VALIDATE CONSTRAINT schemadiff_nn_a1c551d7adec7170;

ALTER TABLE public.orders ALTER COLUMN account_id SET NOT NULL;

ALTER TABLE public.orders DROP CONSTRAINT schemadiff_nn_a1c551d7adec7170;

CREATE UNIQUE INDEX CONCURRENTLY accounts_email_key ON public.accounts (email);

ALTER TABLE public.accounts ADD CONSTRAINT accounts_email_key UNIQUE USING INDEX accounts_email_key;

ALTER TABLE public.orders VALIDATE CONSTRAINT orders_account_fk;

CREATE UNIQUE INDEX CONCURRENTLY accounts_public_id ON public.accounts USING btree (public_id);

ALTER TABLE public.accounts REPLICA IDENTITY USING INDEX accounts_public_id;

CREATE INDEX CONCURRENTLY orders_account ON public.orders USING btree (account_id, placed_at);

ALTER TABLE public.orders CLUSTER ON orders_account;

COMMENT ON CONSTRAINT accounts_email_key ON public.accounts IS 'one account per email';

COMMENT ON INDEX public.orders_account IS 'per-account timeline';

ALTER TABLE public.orders REPLICA IDENTITY USING INDEX orders_pkey;
