CREATE SCHEMA sched;

CREATE TYPE sched.float_range AS RANGE (
    subtype = double precision,
    subtype_diff = float8mi
);

CREATE TYPE sched.name_range AS RANGE (
    subtype = text,
    collation = "C"
);

CREATE TABLE sched.shifts (
    id integer PRIMARY KEY,
    names sched.name_range
);
