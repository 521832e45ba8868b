-- schemadiff rollback
-- source fingerprint: 75a20701b1554047
-- target fingerprint: f254f23254ab1d08
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.invoices ALTER COLUMN issued_on DROP NOT NULL;

ALTER TABLE public.invoices ALTER COLUMN number DROP NOT NULL;

ALTER TABLE public.invoices ALTER COLUMN total DROP NOT NULL;

COMMIT;
