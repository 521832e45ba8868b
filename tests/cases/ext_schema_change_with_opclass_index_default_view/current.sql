CREATE EXTENSION pg_trgm;
CREATE EXTENSION "uuid-ossp";
CREATE TABLE docs (
    id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
    title text NOT NULL
);
CREATE INDEX docs_title_trgm ON docs USING gin (title gin_trgm_ops);
CREATE VIEW docs_sim AS SELECT id, similarity(title, 'x') AS s FROM docs;
