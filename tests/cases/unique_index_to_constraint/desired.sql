-- Unique index to constraint.
CREATE TABLE tags (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    slug text NOT NULL,
    CONSTRAINT tags_tenant_slug_key UNIQUE (tenant_id, slug)
);
CREATE TABLE tag_links (
    tenant_id integer NOT NULL,
    slug text NOT NULL,
    target_id bigint NOT NULL,
    FOREIGN KEY (tenant_id, slug) REFERENCES tags (tenant_id, slug) ON UPDATE CASCADE ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);
