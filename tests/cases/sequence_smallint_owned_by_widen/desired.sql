-- categories outgrew smallint: column and its sequence become integer;
-- ticket_no_seq becomes owned by a new column.
CREATE TABLE categories (
    id integer NOT NULL,
    name text NOT NULL
);
CREATE SEQUENCE categories_id_seq AS integer START 100 OWNED BY categories.id;
ALTER TABLE categories ALTER COLUMN id SET DEFAULT nextval('categories_id_seq');
ALTER TABLE categories ADD PRIMARY KEY (id);
CREATE TABLE tickets (
    no integer NOT NULL,
    subject text
);
CREATE SEQUENCE ticket_no_seq AS integer MAXVALUE 999999 CYCLE OWNED BY tickets.no;
ALTER TABLE tickets ALTER COLUMN no SET DEFAULT nextval('ticket_no_seq');
