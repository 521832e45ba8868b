CREATE FUNCTION bucket(ts timestamp, width interval DEFAULT '1 day') RETURNS timestamp LANGUAGE sql IMMUTABLE AS $$ SELECT date_bin(width, ts, timestamp '2000-01-01') $$;
CREATE TABLE events (id bigint PRIMARY KEY, at timestamp NOT NULL);
CREATE INDEX events_bucket_idx ON events (bucket(at));
