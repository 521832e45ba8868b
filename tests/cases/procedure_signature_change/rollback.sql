-- schemadiff rollback
-- source fingerprint: 7cdaa2fe59c71a0c
-- target fingerprint: c925b74750732b9f
-- 2 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP PROCEDURE public.archive_jobs(IN older_than interval, INOUT archived integer);

CREATE OR REPLACE PROCEDURE public.archive_jobs(IN older_than interval)
 LANGUAGE plpgsql
AS $procedure$ BEGIN DELETE FROM jobs WHERE state = 'done'; END $procedure$;

COMMIT;
