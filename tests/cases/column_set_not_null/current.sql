CREATE TABLE invoices (
    id integer PRIMARY KEY,
    number text,
    issued_on date,
    total numeric(12,2) DEFAULT 0
);
