CREATE SCHEMA extensions;

CREATE EXTENSION citext SCHEMA extensions;

CREATE TABLE logins (
    id integer PRIMARY KEY,
    login extensions.citext NOT NULL
);
