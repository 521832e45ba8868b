CREATE TYPE contact AS (name text, email text);
CREATE TABLE members (
    id integer PRIMARY KEY,
    handle text NOT NULL,
    info contact
);
