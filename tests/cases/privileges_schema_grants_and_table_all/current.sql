CREATE SCHEMA app;
CREATE TABLE app.t (id int PRIMARY KEY, secret text, public_note text);
GRANT USAGE ON SCHEMA app TO sd_reader;
GRANT ALL ON app.t TO sd_admin;
GRANT SELECT (id, public_note) ON app.t TO sd_reader;
