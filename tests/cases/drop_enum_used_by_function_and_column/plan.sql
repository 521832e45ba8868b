-- schemadiff plan
-- source fingerprint: 73f721a2fdb2a4b2
-- target fingerprint: ab0e8e304c94b8ea
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.diary_happy_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.diary DROP COLUMN mood;

DROP FUNCTION public.is_happy(m public.mood);

DROP TYPE public.mood;

COMMIT;
