-- schemadiff rollback
-- source fingerprint: cb7fa752b58ec97c
-- target fingerprint: 1e7036b8e6571ff7
-- 5 statements; hazards: irreversible

BEGIN;

ALTER TABLE public.invoices DROP CONSTRAINT invoices_number_key;

ALTER SEQUENCE public.invoice_number_seq OWNED BY NONE;

ALTER TABLE public.invoices ALTER COLUMN number DROP DEFAULT;

-- hazard: irreversible
DROP SEQUENCE public.invoice_number_seq;

ALTER TABLE public.invoices ALTER COLUMN number DROP NOT NULL;

COMMIT;
