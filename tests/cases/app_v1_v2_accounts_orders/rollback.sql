-- schemadiff rollback
-- source fingerprint: cf7b83cfcbdf5c22
-- target fingerprint: 39d55c8d0318f4ac
-- 25 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

ALTER TYPE public.order_state ADD VALUE 'archived' AFTER 'cancelled';

DROP STATISTICS public.orders_acct_state;

DROP STATISTICS public.orders_placed_expr;

DROP VIEW public.order_totals;

DROP INDEX public.accounts_public_id;

DROP INDEX public.orders_account;

ALTER TABLE public.orders DROP CONSTRAINT orders_account_fk;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_email_key;

ALTER TABLE public.accounts REPLICA IDENTITY DEFAULT;

-- hazard: data-loss,irreversible
ALTER TABLE public.accounts DROP COLUMN plan;

-- hazard: data-loss,irreversible
ALTER TABLE public.accounts DROP COLUMN public_id;

ALTER TABLE public.orders REPLICA IDENTITY DEFAULT;

-- hazard: data-loss,irreversible
ALTER TABLE public.orders DROP COLUMN placed_at;

ALTER TABLE public.accounts ALTER COLUMN email TYPE text USING email::text;

ALTER TABLE public.accounts ALTER COLUMN email DROP NOT NULL;

ALTER TABLE ONLY public.accounts ALTER COLUMN email SET STATISTICS -1;

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN id TYPE integer USING id::integer;

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN account_id TYPE integer USING account_id::integer;

ALTER TABLE public.orders ALTER COLUMN account_id DROP NOT NULL;

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN id TYPE integer USING id::integer;

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.orders ALTER COLUMN total TYPE integer USING total::integer;

CREATE VIEW public.order_totals AS
 SELECT orders.account_id,
    sum(orders.total) AS total
   FROM public.orders
  GROUP BY orders.account_id;

CREATE STATISTICS public.orders_acct_state (ndistinct, dependencies) ON account_id, state FROM public.orders;

COMMIT;

CREATE INDEX CONCURRENTLY orders_account ON public.orders USING btree (account_id);

ALTER TABLE public.orders CLUSTER ON orders_account;
