-- schemadiff rollback
-- source fingerprint: a1c833146922de8b
-- target fingerprint: 4e126af57f95dc9c
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP VIEW public.pts_dist;

DROP FUNCTION public.dist(a public.pts, origin_x double precision);

CREATE OR REPLACE FUNCTION public.dist(a public.pts, origin_x double precision)
 RETURNS double precision
 LANGUAGE sql
 IMMUTABLE
RETURN sqrt(((((a).x - origin_x) ^ (2)::double precision) + ((a).y ^ (2)::double precision)));

CREATE VIEW public.pts_dist AS
 SELECT p.id,
    public.dist(p.*, (0)::double precision) AS d
   FROM public.pts p;

COMMIT;
