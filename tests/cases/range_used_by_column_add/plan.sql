-- schemadiff plan
-- source fingerprint: 66efcf320d8c2963
-- target fingerprint: f9afd248f661f480
-- 4 statements; hazards: long-lock

SET check_function_bodies = false;

BEGIN;

CREATE TYPE ops.clock_range AS RANGE (subtype = time without time zone);

CREATE OR REPLACE FUNCTION ops.night_slot()
 RETURNS ops.clock_range
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT ops.clock_range('01:00', '04:00') $function$;

ALTER TABLE ops.maintenance ADD COLUMN slot ops.clock_range;

-- hazard: long-lock
ALTER TABLE ops.maintenance ADD CONSTRAINT maintenance_no_overlap EXCLUDE USING gist (slot WITH &&);

COMMIT;
