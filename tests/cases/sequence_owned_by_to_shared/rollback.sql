-- schemadiff rollback
-- source fingerprint: 6359ad9f38ebd4dc
-- target fingerprint: 7bcfd3e52a86176d
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.invoices ALTER COLUMN doc_no DROP DEFAULT;

ALTER SEQUENCE public.doc_no_seq OWNED BY public.quotes.doc_no;

COMMIT;
