-- schemadiff rollback
-- source fingerprint: edaefe33938066fd
-- target fingerprint: 228a5fbd8d9329d9
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
