CREATE TABLE tickets (id bigserial PRIMARY KEY, title text NOT NULL);
GRANT SELECT, INSERT ON tickets TO sd_writer WITH GRANT OPTION;
GRANT USAGE ON SEQUENCE tickets_id_seq TO sd_writer;
GRANT SELECT ON tickets TO PUBLIC;
