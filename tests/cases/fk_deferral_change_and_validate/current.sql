CREATE TABLE accounts (id bigint PRIMARY KEY);
CREATE TABLE ledger (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL
);
ALTER TABLE ledger ADD CONSTRAINT ledger_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) DEFERRABLE NOT VALID;
CREATE TABLE events (
    at date NOT NULL,
    account_id bigint REFERENCES accounts (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
) PARTITION BY RANGE (at);
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
