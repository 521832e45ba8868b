CREATE TABLE users (
    id integer PRIMARY KEY,
    fullname text,
    search_key text
);
CREATE FUNCTION users_set_search_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_key := lower(NEW.fullname);
    RETURN NEW;
END $$;
CREATE TRIGGER users_search_key BEFORE INSERT OR UPDATE OF fullname ON users
    FOR EACH ROW EXECUTE FUNCTION users_set_search_key();
CREATE INDEX users_fullname_idx ON users (fullname);
