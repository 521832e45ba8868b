-- Cross schema drop schema with dependents.
CREATE SCHEMA core;
CREATE SCHEMA legacy;
CREATE TABLE core.accounts (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TYPE legacy.flag AS ENUM ('on', 'off');
CREATE TABLE legacy.account_flags (
    account_id bigint NOT NULL REFERENCES core.accounts (id),
    flag legacy.flag NOT NULL
);
CREATE VIEW core.flagged_accounts AS
    SELECT a.id, a.name FROM core.accounts a JOIN legacy.account_flags f ON f.account_id = a.id WHERE f.flag = 'on';
CREATE FUNCTION legacy.flag_count() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM legacy.account_flags $$;
