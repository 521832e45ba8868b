-- schemadiff rollback
-- source fingerprint: 3704ee412430bbcf
-- target fingerprint: 0f55383b350f97d4
-- 1 statement; hazards: none

BEGIN;

ALTER TYPE public.priority ADD VALUE 'obsolete' AFTER 'high';

COMMIT;
