CREATE SCHEMA app;

CREATE TABLE app.users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    display_name text,
    password_hash text
);

GRANT SELECT (id, email, password_hash) ON app.users TO sd_reader;
GRANT UPDATE (display_name) ON app.users TO sd_writer;
