CREATE TABLE legacy_users (
    id integer NOT NULL PRIMARY KEY,
    name text
);
CREATE SEQUENCE user_id_seq AS integer OWNED BY legacy_users.id;
ALTER TABLE legacy_users ALTER COLUMN id SET DEFAULT nextval('user_id_seq');
CREATE TABLE users (
    id integer NOT NULL PRIMARY KEY,
    name text
);
