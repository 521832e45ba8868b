-- Extension in schema used by index and column.
CREATE SCHEMA extensions;
CREATE EXTENSION pg_trgm SCHEMA extensions;
CREATE TABLE articles (id bigint PRIMARY KEY, title text NOT NULL);
