CREATE SCHEMA billing;
CREATE TABLE invoices (
    id bigint NOT NULL,
    issued_on date NOT NULL,
    amount numeric NOT NULL,
    PRIMARY KEY (id, issued_on)
) PARTITION BY RANGE (issued_on);
CREATE TABLE invoices_2025 PARTITION OF invoices FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
