CREATE TABLE posts (
    id integer PRIMARY KEY,
    tags text,
    scores integer[]
);
