-- Unique index to constraint.
CREATE TABLE tags (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    slug text NOT NULL
);
CREATE UNIQUE INDEX tags_tenant_slug_idx ON tags (tenant_id, slug);
