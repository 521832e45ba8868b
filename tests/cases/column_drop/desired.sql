CREATE TABLE employees (
    id integer PRIMARY KEY,
    full_name text NOT NULL
);
