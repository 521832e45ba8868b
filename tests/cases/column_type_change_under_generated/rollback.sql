-- schemadiff rollback
-- source fingerprint: 7876dc685cd47dfe
-- target fingerprint: 68204ec8686bba10
-- 3 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.cart_items DROP COLUMN total;

-- hazard: rewrite
ALTER TABLE public.cart_items ALTER COLUMN price TYPE integer USING price::integer;

ALTER TABLE public.cart_items ADD COLUMN total integer GENERATED ALWAYS AS ((price * qty)) STORED;

COMMIT;
