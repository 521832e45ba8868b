-- schemadiff plan
-- source fingerprint: f254f23254ab1d08
-- target fingerprint: 75a20701b1554047
-- 3 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.invoices ALTER COLUMN issued_on SET NOT NULL;

-- hazard: long-lock
ALTER TABLE public.invoices ALTER COLUMN number SET NOT NULL;

-- hazard: long-lock
ALTER TABLE public.invoices ALTER COLUMN total SET NOT NULL;

COMMIT;
