CREATE TABLE profiles (id int PRIMARY KEY, display_name text, bio text);
GRANT SELECT (id, display_name) ON profiles TO sd_reader;
GRANT UPDATE (display_name, bio) ON profiles TO sd_writer;
GRANT REFERENCES (id) ON profiles TO sd_admin;
