-- schemadiff rollback
-- source fingerprint: 08dc8692b3a1b1b2
-- target fingerprint: 289be6f23d252221
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.t DISABLE TRIGGER tr;

COMMIT;
