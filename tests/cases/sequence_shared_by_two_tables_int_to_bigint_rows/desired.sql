CREATE SEQUENCE global_id_seq AS bigint;
CREATE TABLE posts (
    id bigint NOT NULL DEFAULT nextval('global_id_seq') PRIMARY KEY,
    title text NOT NULL
);
CREATE TABLE pages (
    id bigint NOT NULL DEFAULT nextval('global_id_seq') PRIMARY KEY,
    slug text NOT NULL
);
