CREATE TABLE t (a int, b text);
CREATE OR REPLACE FUNCTION f(x int) RETURNS int LANGUAGE sql AS 'SELECT x + 1';
CREATE OR REPLACE VIEW v AS SELECT a FROM t;
-- later in the file the user redefines both (the last definition wins in psql)
CREATE OR REPLACE FUNCTION f(x int) RETURNS int LANGUAGE sql AS 'SELECT x + 2';
CREATE OR REPLACE VIEW v AS SELECT a, b FROM t;
