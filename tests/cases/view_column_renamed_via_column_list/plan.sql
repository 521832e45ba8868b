-- schemadiff plan
-- source fingerprint: 732361dc06ba2067
-- target fingerprint: da7ed46c6e12a747
-- 4 statements; hazards: none

SET search_path = public;

BEGIN;

DROP VIEW public.people_initials;

DROP VIEW public.people_names;

CREATE VIEW public.people_names AS
 SELECT people.id AS person_id,
    ((people.first || ' '::text) || people.last) AS display_name
   FROM public.people;

CREATE VIEW public.people_initials AS
SELECT person_id, left(display_name, 1) AS initial FROM people_names;

COMMIT;
