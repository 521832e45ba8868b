CREATE SCHEMA util;
CREATE FUNCTION util.fmt(x int) RETURNS text LANGUAGE sql AS 'SELECT x::text';
CREATE FUNCTION fmt(x int) RETURNS text LANGUAGE sql AS 'SELECT ''#'' || x';
