-- schemadiff plan
-- source fingerprint: 971e8788b479aca3
-- target fingerprint: 08bd96a6f8b67bfe
-- 2 statements; hazards: none

BEGIN;

DROP INDEX public.docs_tsv_idx;

COMMIT;

CREATE INDEX CONCURRENTLY docs_tsv_idx ON public.docs USING gist (tsv tsvector_ops (siglen='256'));
