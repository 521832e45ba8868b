-- schemadiff plan
-- source fingerprint: b2d90303a864ad9b
-- target fingerprint: 48a1ab06cd071d39
-- 2 statements; hazards: none

BEGIN;

CREATE TYPE public.empty_enum AS ENUM ();

CREATE TYPE public.issue_priority AS ENUM ('low', 'medium', 'high', 'critical');

COMMIT;
