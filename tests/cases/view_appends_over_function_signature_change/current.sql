-- A function's argument type changes and the view calling it also gains a
-- column: the view is rebuilt, else it would bind to the old overload again.
CREATE TABLE readings (id int PRIMARY KEY, raw integer NOT NULL);
CREATE FUNCTION calibrate(v integer) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT v * 1.5 $$;
CREATE VIEW calibrated AS SELECT id, calibrate(raw) AS value FROM readings;
