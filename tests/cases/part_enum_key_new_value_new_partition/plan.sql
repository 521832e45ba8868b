-- schemadiff plan
-- source fingerprint: e5553730326acd50
-- target fingerprint: 66fdfaf47cd44637
-- 2 statements; hazards: none

BEGIN;

ALTER TYPE public.region ADD VALUE 'apac' AFTER 'us';

COMMIT;

BEGIN;

CREATE TABLE public.cust_apac PARTITION OF public.cust FOR VALUES IN ('apac');

COMMIT;
