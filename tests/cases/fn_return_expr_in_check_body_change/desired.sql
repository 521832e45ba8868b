CREATE FUNCTION is_valid_sku(s text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT
    RETURN s ~ '^[A-Z]{3}-[0-9]{4,6}$';
CREATE TABLE products (id int PRIMARY KEY, sku text NOT NULL CHECK (is_valid_sku(sku)));
