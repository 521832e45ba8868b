CREATE SCHEMA legacy;

CREATE TYPE legacy.kind AS ENUM ('x', 'y');

CREATE SEQUENCE legacy.counter_seq;

CREATE TABLE legacy.records (
    id integer PRIMARY KEY,
    kind legacy.kind NOT NULL,
    counter bigint DEFAULT nextval('legacy.counter_seq')
);

CREATE TABLE legacy.record_notes (
    record_id integer NOT NULL REFERENCES legacy.records (id),
    note text
);

CREATE INDEX record_notes_record_idx ON legacy.record_notes (record_id);

CREATE TABLE public.things (
    id integer PRIMARY KEY
);
