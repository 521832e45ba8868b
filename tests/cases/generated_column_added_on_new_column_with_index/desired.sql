CREATE TABLE documents (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title text NOT NULL,
    body text NOT NULL,
    lang regconfig NOT NULL DEFAULT 'english',
    tsv tsvector GENERATED ALWAYS AS (to_tsvector(lang, title || ' ' || body)) STORED
);
CREATE INDEX documents_tsv_idx ON documents USING gin (tsv);
