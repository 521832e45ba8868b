CREATE TABLE accounts (
    id bigint NOT NULL,
    name text NOT NULL,
    CONSTRAINT accounts_pkey PRIMARY KEY (id),
    CONSTRAINT accounts_id_check CHECK (id > 0)
);

CREATE INDEX accounts_id_name_idx ON accounts (id, name);

CREATE TABLE transactions (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL,
    counterparty_id bigint,
    amount numeric(14,2) NOT NULL,
    CONSTRAINT transactions_account_fkey FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE RESTRICT,
    CONSTRAINT transactions_counterparty_fkey FOREIGN KEY (counterparty_id) REFERENCES accounts (id) ON DELETE SET NULL
);

CREATE INDEX transactions_account_idx ON transactions (account_id);
