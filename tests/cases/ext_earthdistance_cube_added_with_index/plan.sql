-- schemadiff plan
-- source fingerprint: 3daf3779a6e7a4b0
-- target fingerprint: 87a414e5b8415d16
-- 5 statements; hazards: none

SET search_path = public;

BEGIN;

CREATE EXTENSION cube WITH SCHEMA public VERSION '1.5';

CREATE EXTENSION earthdistance WITH SCHEMA public VERSION '1.1';

ALTER TABLE public.places ADD COLUMN box public.cube;

CREATE VIEW public.places_near_origin AS
SELECT id, earth_distance(ll_to_earth(lat, lon), ll_to_earth(0, 0)) AS dist FROM places;

COMMIT;

CREATE INDEX CONCURRENTLY places_earth_idx ON public.places USING gist (public.ll_to_earth(lat, lon));
