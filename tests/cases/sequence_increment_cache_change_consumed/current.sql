CREATE SEQUENCE invoice_no_seq START WITH 1000 INCREMENT BY 1 NO CYCLE;
CREATE TABLE invoices (
    invoice_no bigint NOT NULL DEFAULT nextval('invoice_no_seq') PRIMARY KEY,
    amount numeric NOT NULL
);
