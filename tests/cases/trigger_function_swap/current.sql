CREATE TABLE profiles (
    id integer PRIMARY KEY,
    username text NOT NULL,
    display_name text
);

CREATE FUNCTION profiles_lowercase_username() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.username := lower(NEW.username);
    RETURN NEW;
END;
$$;

CREATE TRIGGER profiles_normalize
    BEFORE INSERT OR UPDATE ON profiles
    FOR EACH ROW
    EXECUTE FUNCTION profiles_lowercase_username();
