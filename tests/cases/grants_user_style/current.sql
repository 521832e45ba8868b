CREATE SCHEMA app;
CREATE TABLE app.accounts (id serial PRIMARY KEY, name text, secret text);
CREATE VIEW app.account_names AS SELECT id, name FROM app.accounts;
CREATE FUNCTION app.count_accounts() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM app.accounts';
GRANT SELECT ON app.accounts TO sd_reader;
