-- schemadiff rollback
-- source fingerprint: c82f479558a6e11e
-- target fingerprint: 7fab17721cb27c81
-- 5 statements; hazards: rewrite

BEGIN;

SELECT pg_catalog.setval('public.invoice_number_seq', CASE WHEN last_value > 2147483647 THEN 2147483647 ELSE 1 END, last_value > 2147483647) FROM public.invoice_number_seq WHERE last_value > 2147483647 OR last_value < 1;

ALTER SEQUENCE public.invoice_number_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

ALTER TABLE public.invoices ALTER COLUMN number DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.invoices ALTER COLUMN number TYPE integer USING number::integer;

ALTER TABLE public.invoices ALTER COLUMN number SET DEFAULT nextval('public.invoice_number_seq'::regclass);

COMMIT;
