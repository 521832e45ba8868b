-- schemadiff plan
-- source fingerprint: eb516db2a7f6826b
-- target fingerprint: da0c9a7d551548fd
-- 2 statements; hazards: none

BEGIN;

CREATE TYPE public.empty_enum AS ENUM ();

CREATE TYPE public.issue_priority AS ENUM ('low', 'medium', 'high', 'critical');

COMMIT;
