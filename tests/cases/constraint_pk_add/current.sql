CREATE TABLE tags (
    id integer NOT NULL,
    name text NOT NULL
);

CREATE TABLE post_tags (
    post_id integer NOT NULL,
    tag_id integer NOT NULL
);
