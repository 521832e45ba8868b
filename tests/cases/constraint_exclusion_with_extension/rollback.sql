-- schemadiff rollback
-- source fingerprint: 287341ffb1f8cfb5
-- target fingerprint: 8ed4e7c7b82c83fe
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.shifts DROP CONSTRAINT shifts_no_double_booking;

DROP EXTENSION btree_gist;

COMMIT;
