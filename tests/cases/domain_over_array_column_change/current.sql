CREATE DOMAIN tag_list AS text[] CHECK (cardinality(VALUE) <= 10);
CREATE TABLE posts (
    id bigint PRIMARY KEY,
    tags tag_list NOT NULL DEFAULT '{}',
    scores integer[]
);
