-- schemadiff rollback
-- source fingerprint: d625a212990021ab
-- target fingerprint: 064dec7848da821e
-- 3 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.cart_items DROP COLUMN total;

-- hazard: rewrite
ALTER TABLE public.cart_items ALTER COLUMN price TYPE integer USING price::integer;

ALTER TABLE public.cart_items ADD COLUMN total integer GENERATED ALWAYS AS ((price * qty)) STORED;

COMMIT;
