-- schemadiff rollback
-- source fingerprint: 3220ec1cf666368f
-- target fingerprint: 314b9df41dd809d0
-- 3 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.cart_items DROP COLUMN total;

-- hazard: rewrite
ALTER TABLE public.cart_items ALTER COLUMN price TYPE integer USING price::integer;

ALTER TABLE public.cart_items ADD COLUMN total integer GENERATED ALWAYS AS ((price * qty)) STORED;

COMMIT;
