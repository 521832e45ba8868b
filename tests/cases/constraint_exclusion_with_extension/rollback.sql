-- schemadiff rollback
-- source fingerprint: 729d888d317043c2
-- target fingerprint: 867c1a7d84515332
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.shifts DROP CONSTRAINT shifts_no_double_booking;

DROP EXTENSION btree_gist;

COMMIT;
