-- schemadiff rollback
-- source fingerprint: cef49929285d12c1
-- target fingerprint: 04c4c93ef6cc881d
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.invoices ALTER COLUMN issued_on DROP NOT NULL;

ALTER TABLE public.invoices ALTER COLUMN number DROP NOT NULL;

ALTER TABLE public.invoices ALTER COLUMN total DROP NOT NULL;

COMMIT;
