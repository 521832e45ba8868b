-- schemadiff rollback
-- source fingerprint: 8f447c95a32bfbe0
-- target fingerprint: d06d367a3a6678d2
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.invoices ALTER COLUMN doc_no DROP DEFAULT;

ALTER SEQUENCE public.doc_no_seq OWNED BY public.quotes.doc_no;

COMMIT;
