-- schemadiff plan
-- source fingerprint: e04e9e88b59f0407
-- target fingerprint: 332243ead82fbae1
-- 6 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.prices DROP CONSTRAINT prices_currency_code_fkey;

ALTER TABLE public.currencies DROP CONSTRAINT currencies_code_key;

ALTER TABLE public.prices ADD COLUMN currency_numeric smallint NOT NULL;

-- hazard: long-lock
ALTER TABLE public.currencies ADD CONSTRAINT currencies_code_key UNIQUE (code, numeric_code);

ALTER TABLE public.prices ADD CONSTRAINT prices_currency_fkey FOREIGN KEY (currency_code, currency_numeric) REFERENCES public.currencies(code, numeric_code) NOT VALID;

COMMIT;

ALTER TABLE public.prices VALIDATE CONSTRAINT prices_currency_fkey;
