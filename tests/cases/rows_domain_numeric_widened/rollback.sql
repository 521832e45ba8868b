-- schemadiff rollback
-- source fingerprint: 58bc18de0f858921
-- target fingerprint: 3a09a6709a8e023c
-- 9 statements; hazards: rewrite,long-lock

BEGIN;

ALTER DOMAIN public.money_amount DROP CONSTRAINT money_amount_check;

ALTER DOMAIN public.money_amount RENAME TO money_amount__schemadiff_old;

CREATE DOMAIN public.money_amount AS numeric(8,2);

ALTER TABLE public.orders ALTER COLUMN total DROP DEFAULT;

-- hazard: long-lock
ALTER DOMAIN public.money_amount ADD CONSTRAINT money_amount_check CHECK ((VALUE >= (0)::numeric));

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN total TYPE public.money_amount USING total::text::public.money_amount;

ALTER TABLE public.orders ALTER COLUMN total SET DEFAULT 0;

-- hazard: rewrite
ALTER TABLE public.refunds ALTER COLUMN amount TYPE public.money_amount USING amount::text::public.money_amount;

DROP DOMAIN public.money_amount__schemadiff_old;

COMMIT;
