-- Index opclass params tsvector.
CREATE TABLE docs (id bigint PRIMARY KEY, tsv tsvector);
CREATE INDEX docs_tsv_idx ON docs USING gist (tsv tsvector_ops (siglen = 256));
