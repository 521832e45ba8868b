CREATE TABLE legacy_users (
    id integer NOT NULL PRIMARY KEY,
    name text
);
CREATE TABLE users (
    id integer NOT NULL PRIMARY KEY,
    name text
);
CREATE SEQUENCE user_id_seq AS integer OWNED BY users.id;
ALTER TABLE users ALTER COLUMN id SET DEFAULT nextval('user_id_seq');
