-- Pk bigint many fks.
CREATE TABLE accounts (
    id bigserial PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE users (
    id serial PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    email text NOT NULL
);
CREATE TABLE invoices (
    id serial PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id),
    total numeric(12,2) NOT NULL
);
CREATE TABLE notes (
    id serial PRIMARY KEY,
    account_id integer REFERENCES accounts (id) ON DELETE SET NULL,
    body text
);
CREATE INDEX users_account_idx ON users (account_id);
CREATE VIEW account_totals AS
  SELECT a.id, a.name, sum(i.total) AS total FROM accounts a LEFT JOIN invoices i ON i.account_id = a.id GROUP BY a.id, a.name;
