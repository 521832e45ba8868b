-- schemadiff rollback
-- source fingerprint: 74c2886b2e28a3c8
-- target fingerprint: 92aa80ca4b0efb6e
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.shifts DROP CONSTRAINT shifts_no_double_booking;

DROP EXTENSION btree_gist;

COMMIT;
