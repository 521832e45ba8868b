CREATE TABLE measurements (
    id integer PRIMARY KEY,
    reading integer NOT NULL
);

CREATE FUNCTION reading_total() RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT coalesce(sum(reading), 0) FROM measurements $$;

CREATE FUNCTION reading_stats(OUT lo integer, OUT hi integer, OUT mean numeric)
    LANGUAGE sql STABLE
    AS $$ SELECT min(reading), max(reading), avg(reading) FROM measurements $$;
