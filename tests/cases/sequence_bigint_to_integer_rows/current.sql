CREATE SEQUENCE batch_seq;
CREATE TABLE batches (
    id integer NOT NULL DEFAULT nextval('batch_seq') PRIMARY KEY,
    label text
);
ALTER SEQUENCE batch_seq OWNED BY batches.id;
