-- schemadiff plan
-- source fingerprint: 069922a434211d10
-- target fingerprint: 10129354e9404fbe
-- 1 statement; hazards: none

BEGIN;

DROP TYPE public.legacy_state;

COMMIT;
