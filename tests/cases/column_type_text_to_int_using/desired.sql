CREATE TABLE imports (
    id integer PRIMARY KEY,
    row_count integer,
    year smallint NOT NULL
);
