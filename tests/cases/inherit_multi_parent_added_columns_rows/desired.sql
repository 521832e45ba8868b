CREATE TABLE audited (created_at timestamptz NOT NULL DEFAULT '2024-01-01', created_by text, updated_at timestamptz);
CREATE TABLE named (name text NOT NULL, CONSTRAINT named_len CHECK (length(name) < 200) NO INHERIT);
CREATE TABLE item (id int PRIMARY KEY, price numeric, CONSTRAINT item_len CHECK (length(name) < 100)) INHERITS (audited, named);
CREATE TABLE special_item (bonus int DEFAULT 0, extra text) INHERITS (item);
