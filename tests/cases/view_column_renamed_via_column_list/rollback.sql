-- schemadiff rollback
-- source fingerprint: da7ed46c6e12a747
-- target fingerprint: 732361dc06ba2067
-- 4 statements; hazards: none

BEGIN;

DROP VIEW public.people_initials;

DROP VIEW public.people_names;

CREATE VIEW public.people_names AS
 SELECT people.id AS person_id,
    ((people.first || ' '::text) || people.last) AS full_name
   FROM public.people;

CREATE VIEW public.people_initials AS
 SELECT people_names.person_id,
    "left"(people_names.full_name, 1) AS initial
   FROM public.people_names;

COMMIT;
