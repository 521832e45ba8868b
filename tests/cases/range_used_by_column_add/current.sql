CREATE SCHEMA ops;

CREATE TABLE ops.maintenance (
    id integer PRIMARY KEY,
    note text NOT NULL
);

