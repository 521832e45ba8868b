-- schemadiff plan
-- source fingerprint: 9ac01d7b6468370c
-- target fingerprint: 9c6d1e1dbe9bccea
-- 3 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.invoices ALTER COLUMN issued_on SET NOT NULL;

-- hazard: long-lock
ALTER TABLE public.invoices ALTER COLUMN number SET NOT NULL;

-- hazard: long-lock
ALTER TABLE public.invoices ALTER COLUMN total SET NOT NULL;

COMMIT;
