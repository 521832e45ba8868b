CREATE TABLE accounts (id int PRIMARY KEY, balance numeric NOT NULL);
CREATE FUNCTION tier(b numeric) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN b > 1000 THEN 'gold' ELSE 'basic' END $$;
CREATE VIEW account_tiers AS SELECT id, tier(balance) AS tier FROM accounts;
GRANT SELECT ON account_tiers TO sd_reader;
GRANT SELECT (id, tier) ON account_tiers TO sd_writer;
REVOKE EXECUTE ON FUNCTION tier(numeric) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tier(numeric) TO sd_reader;
