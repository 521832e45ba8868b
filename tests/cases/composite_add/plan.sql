-- schemadiff plan
-- source fingerprint: 73b7ef44399ecd6e
-- target fingerprint: 78cf3b97710d4927
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE TYPE geo.coordinates AS (lat double precision, lon double precision, label text COLLATE pg_catalog."C");

CREATE OR REPLACE FUNCTION geo.is_north(c geo.coordinates)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT (c).lat > 0 $function$;

CREATE OR REPLACE FUNCTION geo.origin()
 RETURNS geo.coordinates
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT ROW(0, 0, 'origin')::geo.coordinates $function$;

ALTER TABLE geo.places ADD COLUMN location geo.coordinates;

COMMIT;
