CREATE TABLE t (id int PRIMARY KEY, e text CONSTRAINT t_e_key UNIQUE);
COMMENT ON INDEX t_pkey IS 'pk index';
COMMENT ON INDEX t_e_key IS 'unique email';
