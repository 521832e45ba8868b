-- schemadiff rollback
-- source fingerprint: 6ecf299537fa2d6b
-- target fingerprint: 3558d72ad5163f91
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.gadgets ALTER COLUMN id DROP IDENTITY;

ALTER TABLE public.widgets ALTER COLUMN id DROP IDENTITY;

COMMIT;
