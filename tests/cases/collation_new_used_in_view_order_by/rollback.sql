-- schemadiff rollback
-- source fingerprint: b87e98601ab1b101
-- target fingerprint: b96b9fe57c09686f
-- 3 statements; hazards: none

BEGIN;

CREATE OR REPLACE VIEW public.cities_sorted AS
 SELECT cities.id,
    cities.name
   FROM public.cities
  ORDER BY cities.name;

DROP COLLATION i18n.swedish;

DROP SCHEMA i18n;

COMMIT;
