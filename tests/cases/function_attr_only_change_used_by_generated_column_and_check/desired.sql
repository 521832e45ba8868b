CREATE FUNCTION slug(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 50 AS $$SELECT lower(regexp_replace(t, '[^a-zA-Z0-9]+', '-', 'g'))$$;
CREATE TABLE articles (id int PRIMARY KEY, title text NOT NULL,
  slug text GENERATED ALWAYS AS (slug(title)) STORED,
  CONSTRAINT articles_title_ck CHECK (slug(title) <> ''));
CREATE VIEW article_slugs AS SELECT id, slug(title) AS s FROM articles;
