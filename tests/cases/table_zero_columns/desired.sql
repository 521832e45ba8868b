CREATE TABLE placeholder (
    id integer NOT NULL,
    label text
);
