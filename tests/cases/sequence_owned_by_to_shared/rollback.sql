-- schemadiff rollback
-- source fingerprint: d8bd0a60f74ddf75
-- target fingerprint: 00e093d188524a1d
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.invoices ALTER COLUMN doc_no DROP DEFAULT;

ALTER SEQUENCE public.doc_no_seq OWNED BY public.quotes.doc_no;

COMMIT;
