CREATE TYPE pg_status AS ENUM ('a', 'b');
CREATE TABLE pg_orders (id integer PRIMARY KEY, s pg_status);
CREATE SEQUENCE pg_seq;
CREATE FUNCTION pg_calc(i integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN i + 1;
