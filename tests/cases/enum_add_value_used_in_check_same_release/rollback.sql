-- schemadiff rollback
-- source fingerprint: 7b568d66ed8c3007
-- target fingerprint: 014c1708cf1b6c56
-- 10 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP INDEX public.orders_open_idx;

ALTER TABLE public.orders DROP CONSTRAINT orders_shipped_check;

-- hazard: data-loss,irreversible
ALTER TABLE public.orders DROP COLUMN shipped_at;

DROP FUNCTION public.is_final(s public.order_state);

ALTER TYPE public.order_state RENAME TO order_state__schemadiff_old;

CREATE TYPE public.order_state AS ENUM ('new', 'paid');

ALTER TABLE public.orders ALTER COLUMN state DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN state TYPE public.order_state USING state::text::public.order_state;

ALTER TABLE public.orders ALTER COLUMN state SET DEFAULT 'new'::public.order_state;

DROP TYPE public.order_state__schemadiff_old;

COMMIT;
