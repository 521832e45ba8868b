-- schemadiff rollback
-- source fingerprint: 9119de62d4e0b426
-- target fingerprint: 88ff3febf485f77d
-- 1 statement; hazards: none

BEGIN;

DROP INDEX public.doc_lower_title;

COMMIT;
