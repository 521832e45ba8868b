-- schemadiff plan
-- source fingerprint: 04c4c93ef6cc881d
-- target fingerprint: cef49929285d12c1
-- 3 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.invoices ALTER COLUMN issued_on SET NOT NULL;

-- hazard: long-lock
ALTER TABLE public.invoices ALTER COLUMN number SET NOT NULL;

-- hazard: long-lock
ALTER TABLE public.invoices ALTER COLUMN total SET NOT NULL;

COMMIT;
