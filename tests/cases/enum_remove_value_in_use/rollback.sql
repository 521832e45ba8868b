-- schemadiff rollback
-- source fingerprint: 39c2863c110f67b6
-- target fingerprint: 83e9bc99b1777cd4
-- 1 statement; hazards: none

BEGIN;

ALTER TYPE public.doc_state ADD VALUE 'deleted' AFTER 'published';

COMMIT;
