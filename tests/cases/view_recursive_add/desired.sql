-- A new CREATE RECURSIVE VIEW (which always has a column list).
CREATE TABLE employees (id bigint PRIMARY KEY, manager_id bigint REFERENCES employees (id), name text NOT NULL);
CREATE RECURSIVE VIEW reporting_chain (id, manager_id, depth) AS
    SELECT id, manager_id, 0 FROM employees WHERE manager_id IS NULL
    UNION ALL
    SELECT e.id, e.manager_id, c.depth + 1 FROM employees e JOIN reporting_chain c ON e.manager_id = c.id;
