-- schemadiff rollback
-- source fingerprint: b46435d9a4286e9d
-- target fingerprint: 1dc4cf63727ff072
-- 3 statements; hazards: none

BEGIN;

CREATE SEQUENCE public.legacy_ref_seq AS bigint START WITH 100 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

ALTER TABLE public.refs ALTER COLUMN ref_no SET DEFAULT nextval('public.legacy_ref_seq'::regclass);

SELECT pg_catalog.setval('public.legacy_ref_seq', existing.last) FROM (SELECT pg_catalog.max(ref_no) AS last FROM public.refs) AS existing WHERE existing.last >= 100;

COMMIT;
