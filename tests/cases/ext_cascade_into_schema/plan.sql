-- schemadiff plan
-- source fingerprint: 2dedf120e4edc7ad
-- target fingerprint: d64f2b41ac3b97c7
-- 6 statements; hazards: none

BEGIN;

CREATE SCHEMA "Geo Ext";

CREATE EXTENSION cube WITH SCHEMA "Geo Ext" VERSION '1.5';

CREATE EXTENSION earthdistance WITH SCHEMA "Geo Ext" VERSION '1.1';

ALTER TABLE public.places ADD COLUMN box "Geo Ext".cube;

ALTER TABLE public.places ADD COLUMN pt "Geo Ext".earth;

COMMIT;

CREATE INDEX CONCURRENTLY places_box ON public.places USING gist (box);
