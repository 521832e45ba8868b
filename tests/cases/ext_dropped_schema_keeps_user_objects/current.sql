CREATE SCHEMA ext;
CREATE EXTENSION hstore SCHEMA ext;
CREATE EXTENSION btree_gist SCHEMA ext;
CREATE TABLE ext.settings (k text PRIMARY KEY, v ext.hstore);
CREATE TABLE rooms (room integer, during tstzrange,
    EXCLUDE USING gist (room WITH =, during WITH &&));
