-- Column grants new and changed.
CREATE TABLE employees (
    id integer PRIMARY KEY,
    name varchar(50) NOT NULL,
    salary numeric(8,2),
    dept text
);
GRANT SELECT (id, name, dept) ON employees TO sd_reader;
GRANT SELECT, UPDATE (salary) ON employees TO sd_admin;
CREATE VIEW staff AS SELECT id, name, dept FROM employees;
GRANT SELECT ON staff TO sd_reader;
