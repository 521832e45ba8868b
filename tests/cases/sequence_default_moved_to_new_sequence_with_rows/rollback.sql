-- schemadiff rollback
-- source fingerprint: da932d6b1eb54be9
-- target fingerprint: b86e4ba28990374b
-- 4 statements; hazards: irreversible

BEGIN;

ALTER TABLE public.t ALTER COLUMN id DROP DEFAULT;

-- hazard: irreversible
DROP SEQUENCE public.new_seq;

ALTER TABLE public.t ALTER COLUMN id SET DEFAULT nextval('public.old_seq'::regclass);

SELECT pg_catalog.setval('public.old_seq', existing.last) FROM (SELECT pg_catalog.max(id) AS last FROM public.t) AS existing WHERE existing.last > (SELECT last_value FROM public.old_seq);

COMMIT;
