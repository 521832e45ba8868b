-- schemadiff rollback
-- source fingerprint: 7ba5ceaffea3afb9
-- target fingerprint: 600c86bf961954b4
-- 5 statements; hazards: rewrite

BEGIN;

DROP VIEW public.city_list;

DROP INDEX public.cities_name_idx;

-- hazard: rewrite
ALTER TABLE public.cities ALTER COLUMN country_code TYPE text COLLATE pg_catalog."C";

-- hazard: rewrite
ALTER TABLE public.countries ALTER COLUMN code TYPE text COLLATE pg_catalog."C";

CREATE VIEW public.city_list AS
 SELECT c.name,
    k.name AS country
   FROM (public.cities c
     JOIN public.countries k ON ((k.code = c.country_code)));

COMMIT;
