-- schemadiff rollback
-- source fingerprint: f7c8e55b4e37b45e
-- target fingerprint: f65b8bd683d17b5a
-- 1 statement; hazards: none

BEGIN;

ALTER TYPE public.doc_state ADD VALUE 'deleted' AFTER 'published';

COMMIT;
