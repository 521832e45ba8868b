CREATE TABLE accounts (id bigint PRIMARY KEY);
CREATE TABLE ledger (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL
);
-- now checked at commit, and every existing row is known to comply
ALTER TABLE ledger ADD CONSTRAINT ledger_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) DEFERRABLE INITIALLY DEFERRED;
CREATE TABLE events (
    at date NOT NULL,
    account_id bigint REFERENCES accounts (id) ON DELETE CASCADE
) PARTITION BY RANGE (at);
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
