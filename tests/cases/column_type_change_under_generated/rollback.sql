-- schemadiff rollback
-- source fingerprint: e367fd554623e4e0
-- target fingerprint: 3b7eeac84b5e9b2f
-- 3 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.cart_items DROP COLUMN total;

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.cart_items ALTER COLUMN price TYPE integer USING price::integer;

-- hazard: rewrite
ALTER TABLE public.cart_items ADD COLUMN total integer GENERATED ALWAYS AS ((price * qty)) STORED;

COMMIT;
