-- Inherit parent add column propagates.
CREATE TABLE base_entity (id bigint NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE customers (name text NOT NULL) INHERITS (base_entity);
CREATE TABLE suppliers (vat text) INHERITS (base_entity);
