-- schemadiff plan
-- source fingerprint: 10ec5581dab8a1b2
-- target fingerprint: 55d1eff51b380aa7
-- 9 statements; hazards: rewrite

BEGIN;

ALTER TYPE public.order_state RENAME TO order_state__schemadiff_old;

CREATE TYPE public.order_state AS ENUM ('new', 'paid', 'shipped');

GRANT USAGE ON TYPE public.order_state TO sd_reader;

GRANT USAGE ON TYPE public.order_state TO sd_writer;

REVOKE ALL ON TYPE public.order_state FROM PUBLIC;

ALTER TABLE public.orders ALTER COLUMN state DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN state TYPE public.order_state USING state::text::public.order_state;

ALTER TABLE public.orders ALTER COLUMN state SET DEFAULT 'new'::public.order_state;

DROP TYPE public.order_state__schemadiff_old;

COMMIT;
