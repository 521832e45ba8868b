-- schemadiff rollback
-- source fingerprint: ece8b2271fd571ae
-- target fingerprint: 28cc6b9d32e27c8f
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.invoices ALTER COLUMN issued_on DROP NOT NULL;

ALTER TABLE public.invoices ALTER COLUMN number DROP NOT NULL;

ALTER TABLE public.invoices ALTER COLUMN total DROP NOT NULL;

COMMIT;
