-- schemadiff rollback
-- source fingerprint: 43449cfe5a4da31a
-- target fingerprint: f4b36061660f9e07
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.shifts DROP CONSTRAINT shifts_no_double_booking;

DROP EXTENSION btree_gist;

COMMIT;
