CREATE SCHEMA tasks;

CREATE DOMAIN tasks.priority AS smallint
    DEFAULT 3
    NOT NULL
    CONSTRAINT priority_range CHECK (VALUE BETWEEN 1 AND 5);

CREATE DOMAIN tasks.label AS text;

CREATE TABLE tasks.items (
    id integer PRIMARY KEY,
    prio tasks.priority,
    tag tasks.label
);

