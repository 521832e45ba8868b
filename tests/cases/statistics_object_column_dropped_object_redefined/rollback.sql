-- schemadiff rollback
-- source fingerprint: 5d5bdd4fd8c2efd4
-- target fingerprint: 094a77a78c4252b3
-- 4 statements; hazards: none

BEGIN;

DROP STATISTICS public.addresses_geo;

ALTER TABLE public.addresses ADD COLUMN state text;

CREATE STATISTICS public.addresses_geo (dependencies) ON city, state, zip FROM public.addresses;

ALTER STATISTICS public.addresses_geo SET STATISTICS 400;

COMMIT;
