-- schemadiff plan
-- source fingerprint: 9103f9c08b8dbf98
-- target fingerprint: fe3f5b078a1ade53
-- 2 statements; hazards: none

BEGIN;

ALTER SEQUENCE public.doc_no_seq OWNED BY NONE;

ALTER TABLE public.invoices ALTER COLUMN doc_no SET DEFAULT nextval('public.doc_no_seq'::regclass);

COMMIT;
