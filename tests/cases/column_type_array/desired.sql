CREATE TABLE posts (
    id integer PRIMARY KEY,
    tags text[] NOT NULL DEFAULT '{}',
    scores bigint[]
);
