-- schemadiff rollback
-- source fingerprint: 0838ca26a4db30ea
-- target fingerprint: caa61e7dae019f20
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
