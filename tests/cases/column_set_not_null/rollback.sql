-- schemadiff rollback
-- source fingerprint: 3b919949a13e5688
-- target fingerprint: 802a8d9101f42825
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.invoices ALTER COLUMN issued_on DROP NOT NULL;

ALTER TABLE public.invoices ALTER COLUMN number DROP NOT NULL;

ALTER TABLE public.invoices ALTER COLUMN total DROP NOT NULL;

COMMIT;
