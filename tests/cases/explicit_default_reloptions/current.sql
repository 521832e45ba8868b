CREATE TABLE t (id int PRIMARY KEY, a text);
CREATE INDEX t_a ON t (a);
CREATE VIEW v AS SELECT id, a FROM t;
CREATE VIEW w WITH (security_barrier) AS SELECT id FROM t;
