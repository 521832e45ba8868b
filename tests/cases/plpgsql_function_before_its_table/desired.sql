CREATE FUNCTION bump(k text) RETURNS int LANGUAGE plpgsql AS $$
DECLARE r int;
BEGIN
  INSERT INTO counters AS c (name, n) VALUES (k, 1)
    ON CONFLICT (name) DO UPDATE SET n = c.n + 1 RETURNING n INTO r;
  RETURN r;
END $$;
CREATE TABLE counters (name text PRIMARY KEY, n int NOT NULL DEFAULT 0);
CREATE TABLE hits (id serial PRIMARY KEY, counter text REFERENCES counters(name));
