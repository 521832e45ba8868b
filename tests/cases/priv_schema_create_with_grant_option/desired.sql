CREATE SCHEMA reporting;
GRANT USAGE ON SCHEMA reporting TO sd_reader, sd_writer;
GRANT USAGE, CREATE ON SCHEMA reporting TO sd_admin WITH GRANT OPTION;
