CREATE SCHEMA util;
CREATE FUNCTION util.fmt(x int) RETURNS text LANGUAGE sql AS 'SELECT x::text';
CREATE FUNCTION util.fmt(x numeric, digits int DEFAULT 2) RETURNS text LANGUAGE sql AS 'SELECT round(x, digits)::text';
CREATE FUNCTION util.fmt(x text, VARIADIC parts text[]) RETURNS text LANGUAGE sql AS $$SELECT x || array_to_string(parts, ',')$$;
CREATE FUNCTION fmt(x int) RETURNS text LANGUAGE sql AS 'SELECT ''#'' || x';
CREATE FUNCTION fmt(x int, y int) RETURNS text LANGUAGE sql AS 'SELECT x || ''/'' || y';
CREATE VIEW fmt_demo AS SELECT util.fmt(1) AS a, util.fmt(1.234) AS b, util.fmt('p', 'q', 'r') AS c, fmt(1, 2) AS d;
