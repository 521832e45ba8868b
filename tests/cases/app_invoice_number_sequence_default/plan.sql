-- schemadiff plan
-- source fingerprint: 1e7036b8e6571ff7
-- target fingerprint: cb7fa752b58ec97c
-- 9 statements; hazards: none

BEGIN;

CREATE SEQUENCE public.invoice_number_seq AS bigint START WITH 1000 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

ALTER TABLE public.invoices ALTER COLUMN number SET DEFAULT ('INV-'::text || lpad((nextval('public.invoice_number_seq'::regclass))::text, 6, '0'::text));

ALTER TABLE public.invoices ADD CONSTRAINT schemadiff_nn_3d528525ca2c6a11 CHECK (number IS NOT NULL) NOT VALID;

ALTER SEQUENCE public.invoice_number_seq OWNED BY public.invoices.number;

COMMIT;

ALTER TABLE public.invoices VALIDATE CONSTRAINT schemadiff_nn_3d528525ca2c6a11;

ALTER TABLE public.invoices ALTER COLUMN number SET NOT NULL;

ALTER TABLE public.invoices DROP CONSTRAINT schemadiff_nn_3d528525ca2c6a11;

CREATE UNIQUE INDEX CONCURRENTLY invoices_number_key ON public.invoices (number);

ALTER TABLE public.invoices ADD CONSTRAINT invoices_number_key UNIQUE USING INDEX invoices_number_key;
