-- Cross schema drop schema with dependents.
CREATE SCHEMA core;
CREATE TABLE core.accounts (id bigint PRIMARY KEY, name text NOT NULL);
