-- Column grants new and changed.
CREATE TABLE employees (
    id integer PRIMARY KEY,
    name varchar(120) NOT NULL,
    salary numeric(10,2),
    dept text,
    title text,
    manager_id integer REFERENCES employees (id)
);
GRANT SELECT (id, name, dept, title) ON employees TO sd_reader;
GRANT SELECT, UPDATE (salary, title) ON employees TO sd_admin;
GRANT INSERT (name, dept), UPDATE (title) ON employees TO sd_writer;
CREATE VIEW staff AS SELECT id, name, dept, title FROM employees;
GRANT SELECT ON staff TO sd_reader;
