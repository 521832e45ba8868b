CREATE SCHEMA archive;

CREATE TABLE reports (
    id integer PRIMARY KEY,
    title text NOT NULL
);

CREATE TABLE report_runs (
    id integer PRIMARY KEY,
    report_id integer NOT NULL REFERENCES reports (id)
);
