CREATE TABLE accounts (
    id integer NOT NULL,
    code text NOT NULL,
    CONSTRAINT accounts_pkey PRIMARY KEY (id),
    CONSTRAINT accounts_code_key UNIQUE (code)
);
CREATE TABLE orders (
    id integer PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts (id),
    total numeric NOT NULL
);
CREATE TABLE invoices (
    id integer PRIMARY KEY,
    account_id integer REFERENCES accounts (id) ON DELETE SET NULL,
    account_code text
);
