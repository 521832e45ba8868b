CREATE TABLE tags (
    id integer NOT NULL,
    name text NOT NULL,
    CONSTRAINT tags_pkey PRIMARY KEY (id)
);

CREATE TABLE post_tags (
    post_id integer NOT NULL,
    tag_id integer NOT NULL,
    CONSTRAINT post_tags_pkey PRIMARY KEY (post_id, tag_id)
);
