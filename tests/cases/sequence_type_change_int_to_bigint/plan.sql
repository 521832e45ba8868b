-- schemadiff plan
-- source fingerprint: 7fab17721cb27c81
-- target fingerprint: c82f479558a6e11e
-- 4 statements; hazards: rewrite

BEGIN;

ALTER SEQUENCE public.invoice_number_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

ALTER TABLE public.invoices ALTER COLUMN number DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.invoices ALTER COLUMN number TYPE bigint USING number::bigint;

ALTER TABLE public.invoices ALTER COLUMN number SET DEFAULT nextval('public.invoice_number_seq'::regclass);

COMMIT;
