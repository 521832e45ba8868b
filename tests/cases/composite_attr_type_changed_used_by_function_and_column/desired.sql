CREATE TYPE dimensions AS (width numeric(8,2), height numeric(8,2), unit text);
CREATE TABLE boxes (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    size dimensions NOT NULL
);
CREATE FUNCTION area(d dimensions) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT (d.width * d.height)::numeric $$;
