COMMENT ON SCHEMA public IS 'application schema';
CREATE TABLE t (id int);
