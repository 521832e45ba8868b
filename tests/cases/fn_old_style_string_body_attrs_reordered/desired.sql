CREATE FUNCTION add_tax(amount numeric, rate numeric DEFAULT 0.2) RETURNS numeric LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ select amount * (1 + rate) $$;
CREATE FUNCTION tag_list(text) RETURNS SETOF text LANGUAGE sql IMMUTABLE STRICT ROWS 20 COST 5 AS $$ select btrim(t) from unnest(string_to_array($1, ',')) t $$;
