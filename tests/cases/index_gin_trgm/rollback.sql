-- schemadiff rollback
-- source fingerprint: 24780dbf2302ec7c
-- target fingerprint: d0b835794d48e412
-- 2 statements; hazards: none

BEGIN;

DROP INDEX public.documents_body_trgm_idx;

DROP INDEX public.documents_title_trgm_idx;

COMMIT;
