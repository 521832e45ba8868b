CREATE TABLE members (
    id integer PRIMARY KEY,
    email text NOT NULL,
    CONSTRAINT members_email_key UNIQUE (email)
);
CREATE TABLE notes (
    id integer PRIMARY KEY,
    member_id integer NOT NULL REFERENCES members (id),
    body text
);
