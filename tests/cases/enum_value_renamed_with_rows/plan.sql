-- schemadiff plan
-- source fingerprint: 3bdbf08bc5e7c812
-- target fingerprint: 126e58cb8d1f423f
-- 1 statement; hazards: none

BEGIN;

ALTER TYPE public.st RENAME VALUE 'canceled' TO 'cancelled';

COMMIT;
