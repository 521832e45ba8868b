-- schemadiff rollback
-- source fingerprint: b32bb315e601f008
-- target fingerprint: ff816ca7e0972302
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.invoices ALTER COLUMN doc_no DROP DEFAULT;

ALTER SEQUENCE public.doc_no_seq OWNED BY public.quotes.doc_no;

COMMIT;
