CREATE SCHEMA staging;
CREATE SCHEMA "Reporting";

CREATE TABLE t (
    id integer PRIMARY KEY
);
