-- Function overload one changes.
CREATE TABLE prices (sku text PRIMARY KEY, cents integer NOT NULL);
CREATE FUNCTION fmt_price(cents integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT '$' || (cents / 100.0)::numeric(10,2) $$;
CREATE FUNCTION fmt_price(cents integer, currency text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT upper(currency) || ' ' || to_char(cents / 100.0, 'FM999990.00') $$;
CREATE FUNCTION fmt_price(cents bigint) RETURNS varchar LANGUAGE sql IMMUTABLE AS $$ SELECT '$' || (cents / 100.0)::numeric(14,2) $$;
CREATE FUNCTION fmt_price(cents numeric) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT '$' || round(cents / 100.0, 2) $$;
CREATE VIEW price_list AS SELECT sku, fmt_price(cents) AS p1, fmt_price(cents, 'EUR') AS p2, fmt_price(cents::bigint) AS p3 FROM prices;
