CREATE SCHEMA ext;
CREATE EXTENSION pg_trgm SCHEMA ext;
CREATE EXTENSION "uuid-ossp" SCHEMA ext;
CREATE TABLE docs (
    id uuid PRIMARY KEY DEFAULT ext.uuid_generate_v4(),
    title text NOT NULL
);
CREATE INDEX docs_title_trgm ON docs USING gin (title ext.gin_trgm_ops);
CREATE VIEW docs_sim AS SELECT id, ext.similarity(title, 'x') AS s FROM docs;
