-- A function's OUT parameters change (they are not part of its identity),
-- with and without a view over it.
CREATE FUNCTION split_name(full_name text, OUT first_name text, OUT last_name text, OUT parts integer)
  LANGUAGE sql IMMUTABLE AS $$ SELECT split_part(full_name, ' ', 1), split_part(full_name, ' ', 2), array_length(string_to_array(full_name, ' '), 1) $$;
