-- schemadiff rollback
-- source fingerprint: cfd2ee4d78e2fd57
-- target fingerprint: edaaf6b37f100507
-- 5 statements; hazards: data-loss,irreversible

BEGIN;

DROP VIEW public.recent_articles;

DROP INDEX public.articles_search_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.articles DROP COLUMN search;

-- hazard: data-loss,irreversible
ALTER TABLE public.articles DROP COLUMN word_count;

CREATE VIEW public.recent_articles AS
 SELECT articles.id,
    articles.title
   FROM public.articles
  WHERE (articles.published_at > (now() - '30 days'::interval));

COMMIT;
