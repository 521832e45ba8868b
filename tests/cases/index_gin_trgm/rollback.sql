-- schemadiff rollback
-- source fingerprint: 7803b399abac1cf1
-- target fingerprint: 9d941d888087bb70
-- 2 statements; hazards: none

BEGIN;

DROP INDEX public.documents_body_trgm_idx;

DROP INDEX public.documents_title_trgm_idx;

COMMIT;
