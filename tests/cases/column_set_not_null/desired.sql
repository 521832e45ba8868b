CREATE TABLE invoices (
    id integer PRIMARY KEY,
    number text NOT NULL,
    issued_on date NOT NULL,
    total numeric(12,2) NOT NULL DEFAULT 0
);
