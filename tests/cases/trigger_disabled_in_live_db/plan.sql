-- schemadiff plan
-- source fingerprint: 289be6f23d252221
-- target fingerprint: 08dc8692b3a1b1b2
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.t ENABLE TRIGGER tr;

COMMIT;
