-- schemadiff plan
-- source fingerprint: b2d90303a864ad9b
-- target fingerprint: b3ae59f6ec0f0ef6
-- 2 statements; hazards: none

BEGIN;

CREATE TYPE public.empty_enum AS ENUM ();

CREATE TYPE public.issue_priority AS ENUM ('low', 'medium', 'high', 'critical');

COMMIT;
