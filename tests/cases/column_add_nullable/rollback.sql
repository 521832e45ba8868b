-- schemadiff rollback
-- source fingerprint: 6cb133d7b3847b71
-- target fingerprint: 6c192ee91bb8d609
-- 6 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.articles DROP COLUMN is_featured;

-- hazard: data-loss,irreversible
ALTER TABLE public.articles DROP COLUMN metadata;

-- hazard: data-loss,irreversible
ALTER TABLE public.articles DROP COLUMN published_at;

-- hazard: data-loss,irreversible
ALTER TABLE public.articles DROP COLUMN rating;

-- hazard: data-loss,irreversible
ALTER TABLE public.articles DROP COLUMN subtitle;

-- hazard: data-loss,irreversible
ALTER TABLE public.articles DROP COLUMN tags;

COMMIT;
