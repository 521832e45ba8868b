-- A new CREATE RECURSIVE VIEW (which always has a column list).
CREATE TABLE employees (id bigint PRIMARY KEY, manager_id bigint REFERENCES employees (id), name text NOT NULL);
