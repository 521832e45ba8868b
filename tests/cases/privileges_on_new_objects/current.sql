CREATE SCHEMA app;

CREATE TABLE app.customers (
    id integer PRIMARY KEY,
    name text NOT NULL
);

GRANT SELECT ON app.customers TO sd_reader;
