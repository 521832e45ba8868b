-- schemadiff rollback
-- source fingerprint: 4dc2381b414f54bb
-- target fingerprint: 1f7ce811bed01227
-- 5 statements; hazards: data-loss,long-lock,irreversible

BEGIN;

ALTER TABLE public.prices DROP CONSTRAINT prices_currency_fkey;

ALTER TABLE public.currencies DROP CONSTRAINT currencies_code_key;

-- hazard: data-loss,irreversible
ALTER TABLE public.prices DROP COLUMN currency_numeric;

-- hazard: long-lock
ALTER TABLE public.currencies ADD CONSTRAINT currencies_code_key UNIQUE (code);

-- hazard: long-lock
ALTER TABLE public.prices ADD CONSTRAINT prices_currency_code_fkey FOREIGN KEY (currency_code) REFERENCES public.currencies(code);

COMMIT;
