-- schemadiff plan
-- source fingerprint: 094a77a78c4252b3
-- target fingerprint: 5d5bdd4fd8c2efd4
-- 5 statements; hazards: data-loss,irreversible

BEGIN;

DROP STATISTICS public.addresses_geo;

-- hazard: data-loss,irreversible
ALTER TABLE public.addresses DROP COLUMN state;

CREATE STATISTICS public.addresses_geo (dependencies) ON city, zip FROM public.addresses;

ALTER STATISTICS public.addresses_geo SET STATISTICS 400;

COMMENT ON STATISTICS public.addresses_geo IS 'city from zip';

COMMIT;
