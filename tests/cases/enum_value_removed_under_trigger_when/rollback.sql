-- schemadiff rollback
-- source fingerprint: 79a1c183dea5f68b
-- target fingerprint: 49cbd087b18bb033
-- 1 statement; hazards: none

BEGIN;

ALTER TYPE public.doc_status ADD VALUE 'review' AFTER 'draft';

COMMIT;
