CREATE TABLE staging (id int PRIMARY KEY, raw jsonb);
GRANT ALL ON staging TO sd_admin;
GRANT SELECT, INSERT, UPDATE, DELETE ON staging TO sd_writer;
GRANT REFERENCES ON staging TO sd_reader;
