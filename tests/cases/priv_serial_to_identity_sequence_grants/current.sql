CREATE TABLE events (id serial PRIMARY KEY, kind text);
GRANT SELECT, INSERT ON events TO sd_writer;
GRANT USAGE ON SEQUENCE events_id_seq TO sd_writer;
