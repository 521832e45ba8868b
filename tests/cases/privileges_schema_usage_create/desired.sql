-- Schema USAGE and CREATE granted and revoked, including USAGE to PUBLIC.
CREATE SCHEMA app;
CREATE SCHEMA staging;

GRANT USAGE ON SCHEMA app TO sd_reader, sd_writer;
GRANT USAGE, CREATE ON SCHEMA app TO sd_admin;
GRANT USAGE ON SCHEMA staging TO PUBLIC;
GRANT USAGE ON SCHEMA staging TO sd_writer;
