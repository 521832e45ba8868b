CREATE TABLE tickets (id bigserial PRIMARY KEY, title text NOT NULL);
GRANT SELECT ON tickets TO sd_writer WITH GRANT OPTION;
GRANT INSERT ON tickets TO sd_writer;
GRANT USAGE, SELECT ON SEQUENCE tickets_id_seq TO sd_writer;
GRANT USAGE ON SEQUENCE tickets_id_seq TO PUBLIC;
GRANT SELECT ON tickets TO sd_reader;
