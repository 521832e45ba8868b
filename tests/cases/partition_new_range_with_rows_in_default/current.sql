-- Partition new range with rows in default.
CREATE TABLE invoices (
    id bigint NOT NULL,
    issued_on date NOT NULL,
    amount numeric NOT NULL
) PARTITION BY RANGE (issued_on);
CREATE TABLE invoices_2024 PARTITION OF invoices FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE invoices_default PARTITION OF invoices DEFAULT;
