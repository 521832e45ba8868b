-- schemadiff rollback
-- source fingerprint: 2fb8b3049f75dc77
-- target fingerprint: 57d5ed73b48b55c1
-- 1 statement; hazards: none

BEGIN;

ALTER TYPE public.doc_state ADD VALUE 'deleted' AFTER 'published';

COMMIT;
