-- schemadiff rollback
-- source fingerprint: d81827ad127d2d4e
-- target fingerprint: 900b0413805bbdd5
-- 2 statements; hazards: none

BEGIN;

DROP INDEX public.documents_body_trgm_idx;

DROP INDEX public.documents_title_trgm_idx;

COMMIT;
