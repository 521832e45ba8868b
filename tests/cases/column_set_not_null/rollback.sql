-- schemadiff rollback
-- source fingerprint: 9c6d1e1dbe9bccea
-- target fingerprint: 9ac01d7b6468370c
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.invoices ALTER COLUMN issued_on DROP NOT NULL;

ALTER TABLE public.invoices ALTER COLUMN number DROP NOT NULL;

ALTER TABLE public.invoices ALTER COLUMN total DROP NOT NULL;

COMMIT;
