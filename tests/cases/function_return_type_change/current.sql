CREATE TABLE measurements (
    id integer PRIMARY KEY,
    reading integer NOT NULL
);

CREATE FUNCTION reading_total() RETURNS integer
    LANGUAGE sql STABLE
    AS $$ SELECT coalesce(sum(reading), 0)::integer FROM measurements $$;

CREATE FUNCTION reading_stats(OUT lo integer, OUT hi integer)
    LANGUAGE sql STABLE
    AS $$ SELECT min(reading), max(reading) FROM measurements $$;
