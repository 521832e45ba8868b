CREATE FUNCTION fdiff(a float8, b float8) RETURNS float8 LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT a - b $$;
CREATE TYPE frange AS RANGE (subtype = float8, multirange_type_name = fmulti);
CREATE TABLE t (id int PRIMARY KEY, r frange, m fmulti);
CREATE INDEX t_r ON t USING gist (r);
