CREATE TABLE readings (
    id integer PRIMARY KEY,
    celsius numeric(5,2) NOT NULL
);

CREATE FUNCTION to_fahrenheit(c numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT round(c * 9 / 5 + 32, 1) $$;

CREATE VIEW readings_f AS
    SELECT id, to_fahrenheit(celsius) AS fahrenheit FROM readings;
