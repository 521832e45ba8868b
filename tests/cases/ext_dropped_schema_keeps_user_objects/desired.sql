CREATE SCHEMA ext;
CREATE TABLE ext.settings (k text PRIMARY KEY, v text);
CREATE TABLE rooms (room integer, during tstzrange);
