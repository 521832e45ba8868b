-- Extension in schema used by index and column.
CREATE SCHEMA extensions;
CREATE EXTENSION pg_trgm SCHEMA extensions;
CREATE EXTENSION citext SCHEMA extensions;
CREATE TABLE articles (
    id bigint PRIMARY KEY,
    title text NOT NULL,
    slug extensions.citext
);
CREATE INDEX articles_title_trgm_idx ON articles USING gin (title extensions.gin_trgm_ops);
CREATE INDEX articles_title_trgm_gist_idx ON articles USING gist (title extensions.gist_trgm_ops (siglen = 64));
