-- Function attributes change.
CREATE SCHEMA app;
CREATE TABLE app.settings (key text PRIMARY KEY, value text);
CREATE FUNCTION app.setting(k text) RETURNS text
    LANGUAGE plpgsql VOLATILE
    SET search_path = app
AS $$ BEGIN RETURN (SELECT value FROM settings WHERE key = k); END $$;
CREATE FUNCTION app.slugify(t text) RETURNS text
    LANGUAGE sql IMMUTABLE
AS $$ SELECT lower(regexp_replace(t, '[^a-zA-Z0-9]+', '-', 'g')) $$;
