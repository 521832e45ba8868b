CREATE FUNCTION bucket(ts timestamp) RETURNS date LANGUAGE sql IMMUTABLE AS $$ SELECT ts::date $$;
CREATE TABLE events (id bigint PRIMARY KEY, at timestamp NOT NULL);
CREATE INDEX events_bucket_idx ON events (bucket(at));
