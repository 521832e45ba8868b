-- schemadiff plan
-- source fingerprint: 63d4bbbd2c8b6c4e
-- target fingerprint: 0bb590dc689a9939
-- 2 statements; hazards: none

BEGIN;

CREATE TYPE public.empty_enum AS ENUM ();

CREATE TYPE public.issue_priority AS ENUM ('low', 'medium', 'high', 'critical');

COMMIT;
