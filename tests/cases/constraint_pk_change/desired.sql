CREATE TABLE accounts (
    id integer NOT NULL,
    uid uuid NOT NULL,
    name text NOT NULL,
    CONSTRAINT accounts_pkey PRIMARY KEY (uid),
    CONSTRAINT accounts_id_key UNIQUE (id)
);

CREATE TABLE users (
    id integer PRIMARY KEY,
    account_id integer NOT NULL,
    CONSTRAINT users_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
);

CREATE TABLE invoices (
    id integer PRIMARY KEY,
    account_id integer,
    CONSTRAINT invoices_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts (id)
);
