-- schemadiff rollback
-- source fingerprint: 126e58cb8d1f423f
-- target fingerprint: 3bdbf08bc5e7c812
-- 1 statement; hazards: none

BEGIN;

ALTER TYPE public.st RENAME VALUE 'cancelled' TO 'canceled';

COMMIT;
