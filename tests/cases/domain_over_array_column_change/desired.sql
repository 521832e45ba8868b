-- tag_list gets a second check (no NULL elements); scores becomes a domain over int[].
CREATE DOMAIN tag_list AS text[]
    CHECK (cardinality(VALUE) <= 10)
    CONSTRAINT tag_list_no_nulls CHECK (array_position(VALUE, NULL) IS NULL);
CREATE DOMAIN score_list AS integer[] CHECK (VALUE IS NULL OR 0 <= ALL (VALUE));
CREATE TABLE posts (
    id bigint PRIMARY KEY,
    tags tag_list NOT NULL DEFAULT '{}',
    scores score_list
);
CREATE INDEX posts_tags_idx ON posts USING gin ((tags::text[]));
