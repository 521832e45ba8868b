-- schemadiff rollback
-- source fingerprint: 8bcc60f38dbd39c0
-- target fingerprint: 78241b5651b5766a
-- 1 statement; hazards: none

BEGIN;

DROP VIEW public.reporting_chain;

COMMIT;
