-- schemadiff rollback
-- source fingerprint: c82f479558a6e11e
-- target fingerprint: 7fab17721cb27c81
-- 4 statements; hazards: rewrite

BEGIN;

ALTER SEQUENCE public.invoice_number_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

ALTER TABLE public.invoices ALTER COLUMN number DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.invoices ALTER COLUMN number TYPE integer USING number::integer;

ALTER TABLE public.invoices ALTER COLUMN number SET DEFAULT nextval('public.invoice_number_seq'::regclass);

COMMIT;
