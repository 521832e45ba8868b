-- schemadiff plan
-- source fingerprint: 9f5c5b9d457a513b
-- target fingerprint: 218dfad7428476bc
-- 6 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.norm(text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT lower(trim($1)) $function$;

CREATE STATISTICS hr.people_norm (ndistinct, dependencies, mcv) ON dept, (public.norm(title)) FROM hr.people;

CREATE STATISTICS hr.people_stats (mcv) ON dept, title FROM hr.people;

COMMENT ON STATISTICS hr.people_stats IS 'hr';

CREATE STATISTICS sales.people_stats (dependencies) ON city, zip FROM sales.people;

ALTER STATISTICS sales.people_stats SET STATISTICS 10;

COMMIT;
