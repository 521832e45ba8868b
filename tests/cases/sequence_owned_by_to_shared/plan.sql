-- schemadiff plan
-- source fingerprint: 7bcfd3e52a86176d
-- target fingerprint: 6359ad9f38ebd4dc
-- 2 statements; hazards: none

BEGIN;

ALTER SEQUENCE public.doc_no_seq OWNED BY NONE;

ALTER TABLE public.invoices ALTER COLUMN doc_no SET DEFAULT nextval('public.doc_no_seq'::regclass);

COMMIT;
