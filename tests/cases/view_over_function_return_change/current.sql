-- View over function return change.
CREATE TABLE metrics (id int PRIMARY KEY, name text NOT NULL, val integer NOT NULL);
CREATE FUNCTION metric_rows(min_val integer) RETURNS TABLE (name text, val integer) LANGUAGE sql STABLE AS $$ SELECT name, val FROM metrics WHERE val >= min_val $$;
CREATE VIEW big_metrics AS SELECT name, val FROM metric_rows(10);
