-- schemadiff rollback
-- source fingerprint: 3efe9be7fbcfb6c9
-- target fingerprint: 9aa839557d8d3346
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
