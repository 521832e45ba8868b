-- schemadiff rollback
-- source fingerprint: e5f3876f7120d64f
-- target fingerprint: ad36790ccebfa4ad
-- 1 statement; hazards: none

BEGIN;

ALTER DOMAIN public.posint DROP NOT NULL;

COMMIT;
