-- schemadiff rollback
-- source fingerprint: fe3f5b078a1ade53
-- target fingerprint: 9103f9c08b8dbf98
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.invoices ALTER COLUMN doc_no DROP DEFAULT;

ALTER SEQUENCE public.doc_no_seq OWNED BY public.quotes.doc_no;

COMMIT;
