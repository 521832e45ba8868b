-- schemadiff plan
-- source fingerprint: 4e126af57f95dc9c
-- target fingerprint: a1c833146922de8b
-- 2 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

CREATE OR REPLACE FUNCTION public.dist(a public.pts, origin_x double precision DEFAULT 0)
 RETURNS double precision
 LANGUAGE sql
 IMMUTABLE
RETURN sqrt(((((a).x - origin_x) ^ (2)::double precision) + ((a).y ^ (2)::double precision)));

CREATE OR REPLACE VIEW public.pts_dist AS
SELECT id, dist(p) AS d FROM pts p;

COMMIT;
