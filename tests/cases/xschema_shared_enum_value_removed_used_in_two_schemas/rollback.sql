-- schemadiff rollback
-- source fingerprint: 4a1fae2d684a6164
-- target fingerprint: 702de3ccb3c47a44
-- 1 statement; hazards: none

BEGIN;

ALTER TYPE types.status ADD VALUE 'legacy' AFTER 'active';

COMMIT;
