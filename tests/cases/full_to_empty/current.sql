CREATE EXTENSION hstore;
CREATE EXTENSION pg_trgm;

CREATE TYPE visibility AS ENUM ('private', 'internal', 'public');

CREATE SEQUENCE revision_seq;

CREATE TABLE spaces (
    id serial PRIMARY KEY,
    key varchar(10) NOT NULL UNIQUE,
    visibility visibility NOT NULL DEFAULT 'private'
);

CREATE TABLE pages (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    space_id integer NOT NULL,
    parent_id bigint,
    title text NOT NULL,
    props hstore,
    revision bigint NOT NULL DEFAULT nextval('revision_seq'),
    CONSTRAINT pages_space_fkey FOREIGN KEY (space_id) REFERENCES spaces (id) ON DELETE CASCADE,
    CONSTRAINT pages_parent_fkey FOREIGN KEY (parent_id) REFERENCES pages (id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT pages_title_key UNIQUE (space_id, title)
);

CREATE TABLE page_links (
    from_page bigint NOT NULL REFERENCES pages (id),
    to_page bigint NOT NULL REFERENCES pages (id),
    PRIMARY KEY (from_page, to_page)
);

CREATE UNLOGGED TABLE render_cache (
    page_id bigint PRIMARY KEY,
    html text
);

CREATE INDEX pages_title_trgm ON pages USING gin (title gin_trgm_ops);
CREATE INDEX pages_props_idx ON pages USING gin (props);
CREATE INDEX page_links_to_idx ON page_links USING hash (to_page);

ALTER SEQUENCE revision_seq OWNED BY pages.revision;
