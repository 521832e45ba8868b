CREATE TABLE events (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
CREATE FUNCTION event_label(e events) RETURNS text LANGUAGE sql STABLE RETURN e.id || ':' || e.name;
