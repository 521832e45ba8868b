-- Sequence type change int to bigint.
CREATE SEQUENCE invoice_number_seq AS bigint;
CREATE TABLE invoices (id bigint PRIMARY KEY, number bigint NOT NULL DEFAULT nextval('invoice_number_seq'));
