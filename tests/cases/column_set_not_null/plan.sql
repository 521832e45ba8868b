-- schemadiff plan
-- source fingerprint: 28cc6b9d32e27c8f
-- target fingerprint: ece8b2271fd571ae
-- 3 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.invoices ALTER COLUMN issued_on SET NOT NULL;

-- hazard: long-lock
ALTER TABLE public.invoices ALTER COLUMN number SET NOT NULL;

-- hazard: long-lock
ALTER TABLE public.invoices ALTER COLUMN total SET NOT NULL;

COMMIT;
