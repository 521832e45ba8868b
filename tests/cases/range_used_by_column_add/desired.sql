-- A new range type, a column of it on a table with rows, a gist exclusion constraint and a function using it.
CREATE SCHEMA ops;

CREATE TYPE ops.clock_range AS RANGE (
    subtype = time without time zone
);

CREATE TABLE ops.maintenance (
    id integer PRIMARY KEY,
    note text NOT NULL,
    slot ops.clock_range,
    CONSTRAINT maintenance_no_overlap EXCLUDE USING gist (slot WITH &&)
);

CREATE FUNCTION ops.night_slot() RETURNS ops.clock_range
    LANGUAGE sql
    IMMUTABLE
    AS $$ SELECT ops.clock_range('01:00', '04:00') $$;
