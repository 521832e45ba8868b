CREATE TABLE employees (
    id integer PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL,
    department text,
    salary numeric(10,2)
);

CREATE VIEW employee_directory AS
    SELECT id, first_name || ' ' || last_name AS full_name, department
    FROM employees;
