-- schemadiff rollback
-- source fingerprint: c50173ba1baf0654
-- target fingerprint: 233c879ca69737ee
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
