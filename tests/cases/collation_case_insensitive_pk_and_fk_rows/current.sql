CREATE TABLE tags (
    name text PRIMARY KEY
);
CREATE TABLE post_tags (
    post_id integer NOT NULL,
    tag text NOT NULL REFERENCES tags (name) ON UPDATE CASCADE,
    PRIMARY KEY (post_id, tag)
);
