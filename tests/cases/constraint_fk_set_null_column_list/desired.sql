-- Constraint fk set null column list.
CREATE TABLE tenants (id bigint PRIMARY KEY);
CREATE TABLE users (
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    id bigint NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE TABLE documents (
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    id bigint NOT NULL,
    author_id bigint,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT documents_author_fk FOREIGN KEY (tenant_id, author_id) REFERENCES users (tenant_id, id) ON DELETE SET NULL (author_id)
);
