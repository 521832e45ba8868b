CREATE EXTENSION citext;

CREATE TABLE logins (
    id integer PRIMARY KEY,
    login citext NOT NULL
);
