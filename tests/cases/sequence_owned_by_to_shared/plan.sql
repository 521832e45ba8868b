-- schemadiff plan
-- source fingerprint: ff816ca7e0972302
-- target fingerprint: b32bb315e601f008
-- 3 statements; hazards: none

BEGIN;

ALTER SEQUENCE public.doc_no_seq OWNED BY NONE;

ALTER TABLE public.invoices ALTER COLUMN doc_no SET DEFAULT nextval('public.doc_no_seq'::regclass);

SELECT pg_catalog.setval('public.doc_no_seq', existing.last) FROM (SELECT pg_catalog.max(doc_no) AS last FROM public.invoices) AS existing WHERE existing.last > (SELECT last_value FROM public.doc_no_seq);

COMMIT;
