-- schemadiff plan
-- source fingerprint: 3b7eeac84b5e9b2f
-- target fingerprint: e367fd554623e4e0
-- 3 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.cart_items DROP COLUMN total;

-- hazard: rewrite
ALTER TABLE public.cart_items ALTER COLUMN price TYPE numeric(12,2) USING price::numeric(12,2);

-- hazard: rewrite
ALTER TABLE public.cart_items ADD COLUMN total numeric(14,2) GENERATED ALWAYS AS ((price * (qty)::numeric)) STORED;

COMMIT;
