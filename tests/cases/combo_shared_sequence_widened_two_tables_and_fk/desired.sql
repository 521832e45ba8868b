CREATE SEQUENCE global_id_seq AS bigint;
CREATE TABLE posts (
    id bigint PRIMARY KEY DEFAULT nextval('global_id_seq'),
    title text
);
CREATE TABLE comments (
    id bigint PRIMARY KEY DEFAULT nextval('global_id_seq'),
    post_id bigint NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    body text
);
CREATE INDEX comments_post_idx ON comments (post_id);
