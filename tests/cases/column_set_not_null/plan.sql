-- schemadiff plan
-- source fingerprint: 802a8d9101f42825
-- target fingerprint: 3b919949a13e5688
-- 3 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.invoices ALTER COLUMN issued_on SET NOT NULL;

-- hazard: long-lock
ALTER TABLE public.invoices ALTER COLUMN number SET NOT NULL;

-- hazard: long-lock
ALTER TABLE public.invoices ALTER COLUMN total SET NOT NULL;

COMMIT;
