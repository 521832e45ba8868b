-- schemadiff rollback
-- source fingerprint: 2e8498accc686605
-- target fingerprint: ae8c346d24a52988
-- 8 statements; hazards: rewrite,long-lock

BEGIN;

ALTER DOMAIN public.money_amount DROP CONSTRAINT money_amount_check;

ALTER DOMAIN public.money_amount RENAME TO money_amount__schemadiff_old;

CREATE DOMAIN public.money_amount AS numeric(12,2);

REVOKE ALL ON DOMAIN public.money_amount FROM PUBLIC;

-- hazard: long-lock
ALTER DOMAIN public.money_amount ADD CONSTRAINT money_amount_check CHECK ((VALUE >= (0)::numeric));

-- hazard: rewrite
ALTER TABLE public.payments ALTER COLUMN amount TYPE public.money_amount USING amount::text::public.money_amount;

DROP DOMAIN public.money_amount__schemadiff_old;

GRANT USAGE ON DOMAIN public.money_amount TO sd_writer;

COMMIT;
