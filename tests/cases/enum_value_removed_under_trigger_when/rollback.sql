-- schemadiff rollback
-- source fingerprint: e7920e0def8d018e
-- target fingerprint: 102fab39c9d7985c
-- 1 statement; hazards: none

BEGIN;

ALTER TYPE public.doc_status ADD VALUE 'review' AFTER 'draft';

COMMIT;
