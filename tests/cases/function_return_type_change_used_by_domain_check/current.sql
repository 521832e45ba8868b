-- Function return type change used by domain check.
CREATE FUNCTION is_valid_sku(s text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s ~ '^[A-Z]{3}-[0-9]+$' $$;
CREATE DOMAIN sku AS text CONSTRAINT sku_format CHECK (is_valid_sku(VALUE));
CREATE TABLE stock_items (id bigint PRIMARY KEY, sku sku NOT NULL);
