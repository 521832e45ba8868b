-- schemadiff rollback
-- source fingerprint: bce81ef422e2d564
-- target fingerprint: b26e46981e57b642
-- 2 statements; hazards: none

BEGIN;

ALTER DOMAIN public.qty DROP CONSTRAINT qty_positive;

ALTER DOMAIN public.qty DROP NOT NULL;

COMMIT;
