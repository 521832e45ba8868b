-- The parent moves to billing; its partition stays in public.
CREATE SCHEMA billing;
CREATE TABLE billing.invoices (
    id bigint NOT NULL,
    issued_on date NOT NULL,
    amount numeric NOT NULL,
    PRIMARY KEY (id, issued_on)
) PARTITION BY RANGE (issued_on);
CREATE TABLE invoices_2025 PARTITION OF billing.invoices FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
