CREATE FUNCTION slug_key(s text) RETURNS varchar
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT lower(regexp_replace(s, '[^a-zA-Z0-9]+', '-', 'g'))::varchar $$;

CREATE FUNCTION is_valid_slug(s text, max_len integer DEFAULT 80) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT s ~ '^[a-z0-9-]+$' AND length(s) <= max_len $$;

CREATE TABLE articles (
    id integer PRIMARY KEY,
    title text NOT NULL,
    slug text NOT NULL,
    CONSTRAINT articles_slug_check CHECK (is_valid_slug(slug))
);

CREATE UNIQUE INDEX articles_title_slug_key ON articles (slug_key(title));
