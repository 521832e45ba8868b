CREATE TYPE dimensions AS (width integer, height integer, unit text);
CREATE TABLE boxes (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    size dimensions NOT NULL
);
CREATE FUNCTION area(d dimensions) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT (d.width * d.height)::numeric $$;
