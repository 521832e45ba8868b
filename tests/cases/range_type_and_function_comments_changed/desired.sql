CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TABLE readings (id integer PRIMARY KEY, span floatrange);
CREATE FUNCTION span_width(r floatrange) RETURNS float8 LANGUAGE sql IMMUTABLE AS $$ SELECT upper(r) - lower(r) $$;
COMMENT ON TYPE floatrange IS E'range of double precision values\n(closed-open by default)';
COMMENT ON FUNCTION span_width(floatrange) IS 'width of a range; NULL if unbounded';
COMMENT ON COLUMN readings.span IS 'measurement window';
