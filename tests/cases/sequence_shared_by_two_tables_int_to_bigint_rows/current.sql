CREATE SEQUENCE global_id_seq AS integer;
CREATE TABLE posts (
    id integer NOT NULL DEFAULT nextval('global_id_seq') PRIMARY KEY,
    title text NOT NULL
);
CREATE TABLE pages (
    id integer NOT NULL DEFAULT nextval('global_id_seq') PRIMARY KEY,
    slug text NOT NULL
);
