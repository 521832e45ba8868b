-- schemadiff plan
-- source fingerprint: 1e65a241a7f3d756
-- target fingerprint: b3ded113e993fe71
-- 2 statements; hazards: none

BEGIN;

CREATE TYPE public.empty_enum AS ENUM ();

CREATE TYPE public.issue_priority AS ENUM ('low', 'medium', 'high', 'critical');

COMMIT;
