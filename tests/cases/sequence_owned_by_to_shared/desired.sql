CREATE SEQUENCE doc_no_seq;

CREATE TABLE quotes (
    id integer PRIMARY KEY,
    doc_no bigint NOT NULL DEFAULT nextval('doc_no_seq')
);

CREATE TABLE invoices (
    id integer PRIMARY KEY,
    doc_no bigint NOT NULL DEFAULT nextval('doc_no_seq')
);
