CREATE TABLE tasks (
    id integer PRIMARY KEY,
    title text NOT NULL
);
