CREATE FUNCTION slug_key(s text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT lower(regexp_replace(s, '[^a-zA-Z0-9]+', '-', 'g')) $$;

CREATE FUNCTION is_valid_slug(s text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT s ~ '^[a-z0-9-]+$' $$;

CREATE TABLE articles (
    id integer PRIMARY KEY,
    title text NOT NULL,
    slug text NOT NULL,
    CONSTRAINT articles_slug_check CHECK (is_valid_slug(slug))
);

CREATE UNIQUE INDEX articles_title_slug_key ON articles (slug_key(title));
