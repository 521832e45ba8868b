-- schemadiff rollback
-- source fingerprint: d8c112c2b2e07cb1
-- target fingerprint: 5405ee4e6d554f9f
-- 1 statement; hazards: none

BEGIN;

ALTER TYPE public.doc_state ADD VALUE 'deleted' AFTER 'published';

COMMIT;
