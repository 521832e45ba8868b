CREATE SEQUENCE invoice_no_seq START WITH 1000 INCREMENT BY 5 CACHE 10 MAXVALUE 999999999 NO CYCLE;
CREATE TABLE invoices (
    invoice_no bigint NOT NULL DEFAULT nextval('invoice_no_seq') PRIMARY KEY,
    amount numeric NOT NULL
);
