-- Function default change used by check.
CREATE FUNCTION valid_handle(h text, max_len integer DEFAULT 15) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT h ~ '^[a-z0-9_]+$' AND length(h) <= max_len $$;
CREATE TABLE profiles (
    id int PRIMARY KEY,
    handle text NOT NULL CONSTRAINT profiles_handle_check CHECK (valid_handle(handle))
);
CREATE UNIQUE INDEX profiles_handle_valid_idx ON profiles (handle) WHERE valid_handle(handle);
GRANT EXECUTE ON FUNCTION valid_handle(text, integer) TO sd_reader;
