CREATE SCHEMA archive;

CREATE TABLE archive.reports (
    id integer PRIMARY KEY,
    title text NOT NULL
);

CREATE TABLE report_runs (
    id integer PRIMARY KEY,
    report_id integer NOT NULL REFERENCES archive.reports (id)
);
