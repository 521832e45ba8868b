-- schemadiff rollback
-- source fingerprint: 0bc6fdf82ae1382e
-- target fingerprint: e85d913552b54a80
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.shifts DROP CONSTRAINT shifts_no_double_booking;

DROP EXTENSION btree_gist;

COMMIT;
