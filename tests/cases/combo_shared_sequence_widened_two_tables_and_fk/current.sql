CREATE SEQUENCE global_id_seq AS integer;
CREATE TABLE posts (
    id integer PRIMARY KEY DEFAULT nextval('global_id_seq'),
    title text
);
CREATE TABLE comments (
    id integer PRIMARY KEY DEFAULT nextval('global_id_seq'),
    post_id integer NOT NULL REFERENCES posts (id),
    body text
);
