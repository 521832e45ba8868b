-- New range types: with subtype_diff, with a collation, and with an explicit multirange type name.
CREATE SCHEMA sched;

CREATE TYPE sched.float_range AS RANGE (
    subtype = double precision,
    subtype_diff = float8mi
);

CREATE TYPE sched.name_range AS RANGE (
    subtype = text,
    collation = "C"
);

CREATE TYPE sched.time_range AS RANGE (
    subtype = time without time zone,
    multirange_type_name = sched.time_ranges
);
