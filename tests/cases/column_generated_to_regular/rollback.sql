-- schemadiff rollback
-- source fingerprint: ec9710c3fe4c1642
-- target fingerprint: 4552c014aebde964
-- 2 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.people DROP COLUMN age_in_2030;

-- hazard: rewrite
ALTER TABLE public.people ADD COLUMN age_in_2030 integer GENERATED ALWAYS AS ((2030 - birth_year)) STORED;

COMMIT;
