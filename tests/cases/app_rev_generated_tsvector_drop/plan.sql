-- schemadiff plan
-- source fingerprint: cfd2ee4d78e2fd57
-- target fingerprint: edaaf6b37f100507
-- 5 statements; hazards: data-loss,irreversible

SET search_path = "$user", public;

BEGIN;

DROP VIEW public.recent_articles;

DROP INDEX public.articles_search_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.articles DROP COLUMN search;

-- hazard: data-loss,irreversible
ALTER TABLE public.articles DROP COLUMN word_count;

CREATE VIEW public.recent_articles AS
select id, title from articles where published_at > now() - interval '30 days';

COMMIT;
