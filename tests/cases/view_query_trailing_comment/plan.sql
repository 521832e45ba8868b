-- schemadiff plan
-- source fingerprint: 1939829694b2b97f
-- target fingerprint: b332963c57d2960a
-- 5 statements; hazards: none

SET search_path = public;

BEGIN;

CREATE TABLE public.refunds (
    id bigint NOT NULL,
    amount numeric NOT NULL
);

ALTER TABLE public.refunds ADD CONSTRAINT refunds_pkey PRIMARY KEY (id);

ALTER TABLE public.refunds ADD CONSTRAINT refunds_amount_check CHECK (amount > 0 /* positive */);

CREATE VIEW public.big_orders AS
SELECT id, total FROM orders WHERE total > 100;

COMMIT;

CREATE INDEX CONCURRENTLY orders_big_idx ON public.orders USING btree (total) WHERE total > 100;
