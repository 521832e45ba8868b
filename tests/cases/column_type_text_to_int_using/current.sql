CREATE TABLE imports (
    id integer PRIMARY KEY,
    row_count text,
    year text NOT NULL
);
