-- schemadiff rollback
-- source fingerprint: 46f73472da7681ae
-- target fingerprint: 6d84e0410b1d0de2
-- 3 statements; hazards: data-loss,irreversible

BEGIN;

DROP VIEW public.people_v;

-- hazard: data-loss,irreversible
ALTER TABLE public.people DROP COLUMN nickname;

CREATE VIEW public.people_v AS
 SELECT people.id,
    people.name,
    people.email
   FROM public.people;

COMMIT;
