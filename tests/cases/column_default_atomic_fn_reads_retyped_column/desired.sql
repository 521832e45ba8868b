CREATE TABLE settings (key text PRIMARY KEY, val bigint NOT NULL);
CREATE FUNCTION default_quota() RETURNS int LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT coalesce((SELECT val::int FROM settings WHERE key = 'quota'), 10);
END;
CREATE TABLE accounts (id int PRIMARY KEY, quota int NOT NULL DEFAULT default_quota());
