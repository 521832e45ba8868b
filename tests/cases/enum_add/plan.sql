-- schemadiff plan
-- source fingerprint: 53e396b6ddbf4b0d
-- target fingerprint: a04f7a035a56e4cd
-- 2 statements; hazards: none

BEGIN;

CREATE TYPE public.empty_enum AS ENUM ();

CREATE TYPE public.issue_priority AS ENUM ('low', 'medium', 'high', 'critical');

COMMIT;
