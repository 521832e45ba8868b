CREATE TABLE t(a int);
CREATE SCHEMA hr
  CREATE TABLE staff (id int PRIMARY KEY, name text)
  CREATE VIEW staff_names AS SELECT name FROM staff
  CREATE INDEX staff_name_idx ON staff (name);
