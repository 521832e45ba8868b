-- schemadiff rollback
-- source fingerprint: 953079ebf6bcad38
-- target fingerprint: 5e9f85f153f3e508
-- 1 statement; hazards: none

BEGIN;

ALTER TYPE public.doc_state ADD VALUE 'deleted' AFTER 'published';

COMMIT;
