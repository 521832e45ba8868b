-- schemadiff plan
-- source fingerprint: 600c86bf961954b4
-- target fingerprint: 7ba5ceaffea3afb9
-- 5 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP VIEW public.city_list;

-- hazard: rewrite
ALTER TABLE public.cities ALTER COLUMN country_code TYPE text COLLATE pg_catalog."POSIX";

-- hazard: rewrite
ALTER TABLE public.countries ALTER COLUMN code TYPE text COLLATE pg_catalog."POSIX";

CREATE VIEW public.city_list AS
SELECT c.name, k.name AS country FROM cities c JOIN countries k ON k.code = c.country_code;

COMMIT;

CREATE INDEX CONCURRENTLY cities_name_idx ON public.cities USING btree (name COLLATE "C");
