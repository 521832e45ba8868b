CREATE TABLE issues (
    id integer PRIMARY KEY,
    title text NOT NULL
);
