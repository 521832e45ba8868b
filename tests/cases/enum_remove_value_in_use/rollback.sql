-- schemadiff rollback
-- source fingerprint: c1f662239f3dde25
-- target fingerprint: cfc6b8525b6796e4
-- 1 statement; hazards: none

BEGIN;

ALTER TYPE public.doc_state ADD VALUE 'deleted' AFTER 'published';

COMMIT;
