-- A function's OUT parameters change (they are not part of its identity),
-- with and without a view over it.
CREATE FUNCTION kv(OUT k text, OUT v integer, OUT note text) RETURNS SETOF record LANGUAGE sql STABLE AS $$ VALUES ('a', 1, 'x'), ('b', 2, 'y') $$;
CREATE VIEW kv_view AS SELECT k, v FROM kv();
