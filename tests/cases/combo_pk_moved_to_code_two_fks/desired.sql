CREATE TABLE accounts (
    id integer NOT NULL,
    code text NOT NULL,
    CONSTRAINT accounts_pkey PRIMARY KEY (code),
    CONSTRAINT accounts_id_key UNIQUE (id)
);
CREATE TABLE orders (
    id integer PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts (id),
    total numeric NOT NULL
);
CREATE TABLE invoices (
    id integer PRIMARY KEY,
    account_id integer,
    account_code text REFERENCES accounts ON DELETE SET NULL
);
CREATE INDEX invoices_account_code_idx ON invoices (account_code);
