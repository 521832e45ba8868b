-- schemadiff rollback
-- source fingerprint: 10eb05a6459969be
-- target fingerprint: c754c0c86ccfce28
-- 2 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.people DROP COLUMN age_in_2030;

ALTER TABLE public.people ADD COLUMN age_in_2030 integer GENERATED ALWAYS AS ((2030 - birth_year)) STORED;

COMMIT;
