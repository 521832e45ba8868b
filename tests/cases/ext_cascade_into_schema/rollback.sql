-- schemadiff rollback
-- source fingerprint: d64f2b41ac3b97c7
-- target fingerprint: 2dedf120e4edc7ad
-- 6 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.places_box;

-- hazard: data-loss,irreversible
ALTER TABLE public.places DROP COLUMN box;

-- hazard: data-loss,irreversible
ALTER TABLE public.places DROP COLUMN pt;

DROP EXTENSION earthdistance;

DROP EXTENSION cube;

DROP SCHEMA "Geo Ext";

COMMIT;
