-- Sequence type change int to bigint.
CREATE SEQUENCE invoice_number_seq AS integer;
CREATE TABLE invoices (id bigint PRIMARY KEY, number integer NOT NULL DEFAULT nextval('invoice_number_seq'));
