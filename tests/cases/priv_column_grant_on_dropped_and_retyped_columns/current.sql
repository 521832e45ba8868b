CREATE TABLE profiles (id int PRIMARY KEY, display_name varchar(50), nickname text, bio text);
GRANT SELECT (id, display_name, nickname) ON profiles TO sd_reader;
GRANT UPDATE (display_name, nickname, bio) ON profiles TO sd_writer;
