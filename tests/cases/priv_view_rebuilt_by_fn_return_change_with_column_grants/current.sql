CREATE TABLE accounts (id int PRIMARY KEY, balance numeric NOT NULL);
CREATE FUNCTION tier(b numeric) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN b > 1000 THEN 2 ELSE 1 END $$;
CREATE VIEW account_tiers AS SELECT id, tier(balance) AS tier FROM accounts;
GRANT SELECT ON account_tiers TO sd_reader;
GRANT SELECT (id) ON account_tiers TO sd_writer;
