-- Function sql body table drop column.
CREATE TABLE profiles (id bigint PRIMARY KEY, display_name text, bio text);
CREATE FUNCTION profile_label(p profiles) RETURNS text
    LANGUAGE sql IMMUTABLE
    RETURN coalesce(p.display_name, 'anon');
