-- Function search path dependent body.
CREATE SCHEMA app;
CREATE TABLE app.users (id bigint PRIMARY KEY, email text NOT NULL, email_lower text);
CREATE FUNCTION app.normalize_email() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = app, pg_catalog
AS $$
BEGIN
    NEW.email_lower := lower(NEW.email);
    PERFORM 1 FROM users WHERE id = NEW.id;
    RETURN NEW;
END $$;
CREATE TRIGGER users_normalize BEFORE INSERT OR UPDATE ON app.users FOR EACH ROW EXECUTE FUNCTION app.normalize_email();
CREATE FUNCTION app.user_count() RETURNS bigint LANGUAGE sql STABLE
    SET search_path = app
    AS $$ SELECT count(*) FROM users $$;
