CREATE TABLE staging (id int PRIMARY KEY, raw jsonb);
GRANT TRUNCATE, TRIGGER ON staging TO sd_admin;
GRANT ALL ON staging TO sd_writer;
