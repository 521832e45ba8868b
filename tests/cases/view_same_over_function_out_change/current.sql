-- A function's OUT parameters change (they are not part of its identity),
-- with and without a view over it.
CREATE FUNCTION kv(OUT k text, OUT v integer) RETURNS SETOF record LANGUAGE sql STABLE AS $$ VALUES ('a', 1), ('b', 2) $$;
CREATE VIEW kv_view AS SELECT k, v FROM kv();
