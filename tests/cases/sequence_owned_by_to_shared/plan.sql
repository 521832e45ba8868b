-- schemadiff plan
-- source fingerprint: d06d367a3a6678d2
-- target fingerprint: 8f447c95a32bfbe0
-- 2 statements; hazards: none

BEGIN;

ALTER SEQUENCE public.doc_no_seq OWNED BY NONE;

ALTER TABLE public.invoices ALTER COLUMN doc_no SET DEFAULT nextval('public.doc_no_seq'::regclass);

COMMIT;
