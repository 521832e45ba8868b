CREATE SCHEMA support;

CREATE TYPE support.severity AS ENUM ('low', 'medium', 'high', 'critical');

CREATE TABLE support.tickets (
    id integer PRIMARY KEY,
    severity support.severity NOT NULL
);

