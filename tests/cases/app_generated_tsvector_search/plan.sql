-- schemadiff plan
-- source fingerprint: edaaf6b37f100507
-- target fingerprint: cfd2ee4d78e2fd57
-- 4 statements; hazards: rewrite

SET search_path = public;

BEGIN;

-- hazard: rewrite
ALTER TABLE public.articles ADD COLUMN search tsvector GENERATED ALWAYS AS ((setweight(to_tsvector('simple'::regconfig, COALESCE(title, ''::text)), 'A'::"char") || setweight(to_tsvector('simple'::regconfig, COALESCE(body, ''::text)), 'B'::"char"))) STORED;

-- hazard: rewrite
ALTER TABLE public.articles ADD COLUMN word_count integer GENERATED ALWAYS AS (COALESCE(array_length(regexp_split_to_array(TRIM(BOTH FROM body), '\s+'::text), 1), 0)) STORED;

CREATE OR REPLACE VIEW public.recent_articles AS
select id, title, word_count from articles where published_at > now() - interval '30 days';

COMMIT;

CREATE INDEX CONCURRENTLY articles_search_idx ON public.articles USING gin (search);
