-- schemadiff plan
-- source fingerprint: b86e4ba28990374b
-- target fingerprint: da932d6b1eb54be9
-- 4 statements; hazards: none

BEGIN;

ALTER TABLE public.t ALTER COLUMN id DROP DEFAULT;

CREATE SEQUENCE public.new_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

ALTER TABLE public.t ALTER COLUMN id SET DEFAULT nextval('public.new_seq'::regclass);

SELECT pg_catalog.setval('public.new_seq', existing.last) FROM (SELECT pg_catalog.max(id) AS last FROM public.t) AS existing WHERE existing.last >= 1;

COMMIT;
