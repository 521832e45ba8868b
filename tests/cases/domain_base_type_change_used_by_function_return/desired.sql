CREATE DOMAIN cents AS bigint CHECK (VALUE >= 0);
CREATE TABLE prices (sku text PRIMARY KEY, price cents NOT NULL);
CREATE FUNCTION price_of(p_sku text) RETURNS cents LANGUAGE sql STABLE AS $$ SELECT price FROM prices WHERE sku = p_sku $$;
CREATE VIEW price_list AS SELECT sku, price_of(sku) AS price FROM prices;
