-- schemadiff rollback
-- source fingerprint: 748e17d96e942fd4
-- target fingerprint: 7fdb32889daa6012
-- 2 statements; hazards: none

BEGIN;

DROP INDEX public.documents_body_trgm_idx;

DROP INDEX public.documents_title_trgm_idx;

COMMIT;
