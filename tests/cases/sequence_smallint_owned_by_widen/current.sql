CREATE TABLE categories (
    id smallint NOT NULL,
    name text NOT NULL
);
CREATE SEQUENCE categories_id_seq AS smallint START 100 OWNED BY categories.id;
ALTER TABLE categories ALTER COLUMN id SET DEFAULT nextval('categories_id_seq');
ALTER TABLE categories ADD PRIMARY KEY (id);
CREATE SEQUENCE ticket_no_seq AS integer MAXVALUE 999999 CYCLE;
