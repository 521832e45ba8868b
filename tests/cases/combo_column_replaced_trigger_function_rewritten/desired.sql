CREATE TABLE users (
    id integer PRIMARY KEY,
    search_key text,
    display_name text NOT NULL DEFAULT ''
);
CREATE FUNCTION users_set_search_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_key := lower(NEW.display_name);
    RETURN NEW;
END $$;
CREATE TRIGGER users_search_key BEFORE INSERT OR UPDATE OF display_name ON users
    FOR EACH ROW EXECUTE FUNCTION users_set_search_key();
CREATE INDEX users_display_name_idx ON users (display_name);
CREATE INDEX users_search_key_idx ON users (search_key);
