-- Inherit parent add column propagates.
CREATE TABLE base_entity (
    id bigint NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz,
    CONSTRAINT base_entity_id_positive CHECK (id > 0)
);
CREATE TABLE customers (name text NOT NULL) INHERITS (base_entity);
CREATE TABLE suppliers (vat text) INHERITS (base_entity);
