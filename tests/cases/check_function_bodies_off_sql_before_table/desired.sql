SET check_function_bodies = false;
CREATE FUNCTION total_balance() RETURNS numeric LANGUAGE sql STABLE AS $$ SELECT coalesce(sum(balance), 0) FROM accounts $$;
CREATE FUNCTION default_balance() RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT 10::numeric $$;
CREATE TABLE accounts (id int PRIMARY KEY, balance numeric NOT NULL DEFAULT default_balance());
CREATE VIEW summary AS SELECT total_balance() AS total;
