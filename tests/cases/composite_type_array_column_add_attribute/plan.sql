-- schemadiff plan
-- source fingerprint: d46c8360ff0f34d6
-- target fingerprint: e2445807c6c2fb5a
-- 1 statement; hazards: none

BEGIN;

ALTER TYPE public.money_amount ADD ATTRIBUTE exponent smallint;

COMMIT;
