-- schemadiff plan
-- source fingerprint: 6d84e0410b1d0de2
-- target fingerprint: 46f73472da7681ae
-- 3 statements; hazards: none

BEGIN;

DROP VIEW public.people_v;

ALTER TABLE public.people ADD COLUMN nickname text;

CREATE VIEW public.people_v AS
 SELECT people.id,
    people.name,
    people.nickname,
    people.email
   FROM public.people;

COMMIT;
