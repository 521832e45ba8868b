-- schemadiff rollback
-- source fingerprint: 87a414e5b8415d16
-- target fingerprint: 3daf3779a6e7a4b0
-- 5 statements; hazards: data-loss,irreversible

BEGIN;

DROP VIEW public.places_near_origin;

DROP INDEX public.places_earth_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.places DROP COLUMN box;

DROP EXTENSION earthdistance;

DROP EXTENSION cube;

COMMIT;
