CREATE SCHEMA crm;

CREATE TABLE crm.contacts (
    id integer PRIMARY KEY,
    name text NOT NULL
);

