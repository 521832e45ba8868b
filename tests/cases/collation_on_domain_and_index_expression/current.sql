CREATE DOMAIN username AS text CHECK (length(VALUE) >= 3);
CREATE TABLE accounts (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    login username NOT NULL
);
CREATE INDEX accounts_login_idx ON accounts (login);
