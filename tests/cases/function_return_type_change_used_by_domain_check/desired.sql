-- Function return type change used by domain check.
CREATE FUNCTION is_valid_sku(s text, strict_mode boolean DEFAULT true) RETURNS boolean LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE WHEN strict_mode THEN s ~ '^[A-Z]{3}-[0-9]+$' ELSE s <> '' END $$;
CREATE DOMAIN sku AS text CONSTRAINT sku_format CHECK (is_valid_sku(VALUE));
CREATE TABLE stock_items (id bigint PRIMARY KEY, sku sku NOT NULL);
