CREATE FUNCTION add_tax(numeric) RETURNS numeric AS 'select $1 * 1.2' LANGUAGE sql IMMUTABLE;
CREATE FUNCTION tag_list(text) RETURNS SETOF text AS 'select unnest(string_to_array($1, '',''))' LANGUAGE sql IMMUTABLE ROWS 5;
