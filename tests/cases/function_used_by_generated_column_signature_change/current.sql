-- Function used by generated column signature change.
CREATE FUNCTION cents_to_units(c integer) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT c / 100.0 $$;
CREATE TABLE prices (
    id bigint PRIMARY KEY,
    cents integer NOT NULL,
    units numeric GENERATED ALWAYS AS (cents_to_units(cents)) STORED
);
