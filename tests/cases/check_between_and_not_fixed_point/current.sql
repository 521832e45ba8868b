CREATE TABLE reviews (
    id integer PRIMARY KEY,
    rating smallint NOT NULL
);
