-- schemadiff rollback
-- source fingerprint: 637e7069858f8cfa
-- target fingerprint: 4648d4fad3f51c15
-- 1 statement; hazards: none

BEGIN;

ALTER TYPE public.doc_status ADD VALUE 'review' AFTER 'draft';

COMMIT;
