CREATE TABLE widgets (
    id bigint NOT NULL,
    name text NOT NULL,
    CONSTRAINT widgets_pkey PRIMARY KEY (id)
);

CREATE TABLE gadgets (
    id integer NOT NULL PRIMARY KEY,
    label text
);
