CREATE SCHEMA IF NOT EXISTS inv;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE SEQUENCE IF NOT EXISTS inv.item_no_seq START 1000;
CREATE TABLE IF NOT EXISTS items (id bigint PRIMARY KEY, name text);
CREATE TABLE IF NOT EXISTS inv.stock (item_id bigint REFERENCES items(id), qty integer NOT NULL DEFAULT 0, no bigint DEFAULT nextval('inv.item_no_seq'));
CREATE INDEX IF NOT EXISTS items_name_trgm ON items USING gin (name gin_trgm_ops);
CREATE UNIQUE INDEX IF NOT EXISTS stock_item_uq ON inv.stock (item_id);
CREATE TABLE IF NOT EXISTS items (id bigint PRIMARY KEY, name text);
