CREATE EXTENSION pg_trgm;

CREATE TABLE documents (
    id integer PRIMARY KEY,
    title text NOT NULL,
    body text
);

CREATE INDEX documents_title_trgm_idx ON documents USING gin (title gin_trgm_ops);
CREATE INDEX documents_body_trgm_idx ON documents USING gist (body gist_trgm_ops);
