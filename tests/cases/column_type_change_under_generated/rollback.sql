-- schemadiff rollback
-- source fingerprint: e86b72cf9b2b7b1c
-- target fingerprint: 505424e87182c5db
-- 3 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.cart_items DROP COLUMN total;

-- hazard: rewrite
ALTER TABLE public.cart_items ALTER COLUMN price TYPE integer USING price::integer;

ALTER TABLE public.cart_items ADD COLUMN total integer GENERATED ALWAYS AS ((price * qty)) STORED;

COMMIT;
