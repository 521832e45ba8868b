-- ALTER DOMAIN SET/DROP DEFAULT and SET/DROP NOT NULL on domains used by a table with rows.
CREATE SCHEMA tasks;

CREATE DOMAIN tasks.priority AS smallint
    DEFAULT 4
    CONSTRAINT priority_range CHECK (VALUE BETWEEN 1 AND 5);

CREATE DOMAIN tasks.label AS text
    DEFAULT 'inbox'
    NOT NULL;

CREATE TABLE tasks.items (
    id integer PRIMARY KEY,
    prio tasks.priority,
    tag tasks.label
);
