-- schemadiff plan
-- source fingerprint: ff816ca7e0972302
-- target fingerprint: b32bb315e601f008
-- 2 statements; hazards: none

BEGIN;

ALTER SEQUENCE public.doc_no_seq OWNED BY NONE;

ALTER TABLE public.invoices ALTER COLUMN doc_no SET DEFAULT nextval('public.doc_no_seq'::regclass);

COMMIT;
