-- schemadiff rollback
-- source fingerprint: 73b7ef44399ecd6e
-- target fingerprint: 27d1af7b3059ecd1
-- 3 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE TYPE geo.coordinates AS (lat double precision, lon double precision);

CREATE OR REPLACE FUNCTION geo.origin()
 RETURNS geo.coordinates
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT ROW(0, 0)::geo.coordinates $function$;

ALTER TABLE geo.places ADD COLUMN location geo.coordinates;

COMMIT;
