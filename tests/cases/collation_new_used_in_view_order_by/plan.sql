-- schemadiff plan
-- source fingerprint: b96b9fe57c09686f
-- target fingerprint: b87e98601ab1b101
-- 3 statements; hazards: none

SET search_path = public;

BEGIN;

CREATE SCHEMA i18n;

CREATE COLLATION i18n.swedish (PROVIDER = icu, LOCALE = 'sv-SE');

CREATE OR REPLACE VIEW public.cities_sorted AS
SELECT id, name FROM cities ORDER BY name COLLATE i18n.swedish;

COMMIT;
