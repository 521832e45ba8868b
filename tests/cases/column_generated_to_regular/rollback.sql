-- schemadiff rollback
-- source fingerprint: 2aa6959b75863b05
-- target fingerprint: 4935f45118137d68
-- 2 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.people DROP COLUMN age_in_2030;

ALTER TABLE public.people ADD COLUMN age_in_2030 integer GENERATED ALWAYS AS ((2030 - birth_year)) STORED;

COMMIT;
