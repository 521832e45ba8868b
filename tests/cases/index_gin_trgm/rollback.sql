-- schemadiff rollback
-- source fingerprint: 1afc08a2062b53c3
-- target fingerprint: 0aeb2e4389da3ff3
-- 2 statements; hazards: none

BEGIN;

DROP INDEX public.documents_body_trgm_idx;

DROP INDEX public.documents_title_trgm_idx;

COMMIT;
