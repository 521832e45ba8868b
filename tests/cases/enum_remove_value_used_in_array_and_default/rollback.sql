-- schemadiff rollback
-- source fingerprint: c3af94f1025a9646
-- target fingerprint: c2118c2156a1df10
-- 1 statement; hazards: none

BEGIN;

ALTER TYPE public.permission ADD VALUE 'legacy' AFTER 'admin';

COMMIT;
