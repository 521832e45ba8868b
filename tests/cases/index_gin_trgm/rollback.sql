-- schemadiff rollback
-- source fingerprint: 178e7ee8d67d67b0
-- target fingerprint: edffbd1ee2f01e6c
-- 2 statements; hazards: none

BEGIN;

DROP INDEX public.documents_body_trgm_idx;

DROP INDEX public.documents_title_trgm_idx;

COMMIT;
