CREATE TABLE audited (created_at timestamptz NOT NULL DEFAULT '2024-01-01', created_by text);
CREATE TABLE named (name text NOT NULL, CONSTRAINT named_len CHECK (length(name) < 100));
CREATE TABLE item (id int PRIMARY KEY, price numeric) INHERITS (audited, named);
CREATE TABLE special_item (bonus int DEFAULT 0) INHERITS (item);
