-- schemadiff plan
-- source fingerprint: 00e093d188524a1d
-- target fingerprint: d8bd0a60f74ddf75
-- 2 statements; hazards: none

BEGIN;

ALTER SEQUENCE public.doc_no_seq OWNED BY NONE;

ALTER TABLE public.invoices ALTER COLUMN doc_no SET DEFAULT nextval('public.doc_no_seq'::regclass);

COMMIT;
