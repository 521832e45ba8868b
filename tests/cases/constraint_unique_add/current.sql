CREATE TABLE members (
    id integer PRIMARY KEY,
    org_id integer NOT NULL,
    email text NOT NULL,
    handle text
);
