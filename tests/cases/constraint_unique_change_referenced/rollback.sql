-- schemadiff rollback
-- source fingerprint: 332243ead82fbae1
-- target fingerprint: e04e9e88b59f0407
-- 6 statements; hazards: data-loss,long-lock,irreversible

BEGIN;

ALTER TABLE public.prices DROP CONSTRAINT prices_currency_fkey;

ALTER TABLE public.currencies DROP CONSTRAINT currencies_code_key;

-- hazard: data-loss,irreversible
ALTER TABLE public.prices DROP COLUMN currency_numeric;

-- hazard: long-lock
ALTER TABLE public.currencies ADD CONSTRAINT currencies_code_key UNIQUE (code);

ALTER TABLE public.prices ADD CONSTRAINT prices_currency_code_fkey FOREIGN KEY (currency_code) REFERENCES public.currencies(code) NOT VALID;

COMMIT;

ALTER TABLE public.prices VALIDATE CONSTRAINT prices_currency_code_fkey;
