-- schemadiff plan
-- source fingerprint: c925b74750732b9f
-- target fingerprint: 7cdaa2fe59c71a0c
-- 2 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP PROCEDURE public.archive_jobs(IN older_than interval);

CREATE OR REPLACE PROCEDURE public.archive_jobs(IN older_than interval, INOUT archived integer DEFAULT 0)
 LANGUAGE plpgsql
AS $procedure$ BEGIN DELETE FROM jobs WHERE state = 'done'; GET DIAGNOSTICS archived = ROW_COUNT; END $procedure$;

COMMIT;
