-- Column-level privileges: columns added to and removed from SELECT, UPDATE and INSERT column grants.
CREATE SCHEMA app;

CREATE TABLE app.users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    display_name text,
    password_hash text
);

GRANT SELECT (id, email, display_name) ON app.users TO sd_reader;
GRANT SELECT (id), UPDATE (display_name, email), INSERT (email, display_name) ON app.users TO sd_writer;
GRANT REFERENCES (id) ON app.users TO sd_admin;
