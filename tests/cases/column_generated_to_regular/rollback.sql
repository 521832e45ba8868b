-- schemadiff rollback
-- source fingerprint: 43439e5b2e829a3b
-- target fingerprint: 4d74aadd9a4dfdb5
-- 2 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.people DROP COLUMN age_in_2030;

ALTER TABLE public.people ADD COLUMN age_in_2030 integer GENERATED ALWAYS AS ((2030 - birth_year)) STORED;

COMMIT;
