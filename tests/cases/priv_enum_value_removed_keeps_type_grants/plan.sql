-- schemadiff plan
-- source fingerprint: 967dc82610d27a90
-- target fingerprint: 100cf30f4056992d
-- 9 statements; hazards: rewrite

BEGIN;

ALTER TYPE public.order_state RENAME TO order_state__schemadiff_old;

CREATE TYPE public.order_state AS ENUM ('new', 'paid', 'shipped');

REVOKE ALL ON TYPE public.order_state FROM PUBLIC;

ALTER TABLE public.orders ALTER COLUMN state DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN state TYPE public.order_state USING state::text::public.order_state;

ALTER TABLE public.orders ALTER COLUMN state SET DEFAULT 'new'::public.order_state;

DROP TYPE public.order_state__schemadiff_old;

GRANT USAGE ON TYPE public.order_state TO sd_reader;

GRANT USAGE ON TYPE public.order_state TO sd_writer;

COMMIT;
