-- schemadiff rollback
-- source fingerprint: 4b063eaf0c163076
-- target fingerprint: 1733cc112fc172ad
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.articles_title_trgm_gist_idx;

DROP INDEX public.articles_title_trgm_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.articles DROP COLUMN slug;

DROP EXTENSION citext;

COMMIT;
