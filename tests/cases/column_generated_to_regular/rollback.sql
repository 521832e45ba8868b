-- schemadiff rollback
-- source fingerprint: 88519570c789aafb
-- target fingerprint: 536a39dd47996405
-- 2 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.people DROP COLUMN age_in_2030;

ALTER TABLE public.people ADD COLUMN age_in_2030 integer GENERATED ALWAYS AS ((2030 - birth_year)) STORED;

COMMIT;
