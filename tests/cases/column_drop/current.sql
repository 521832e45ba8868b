CREATE TABLE employees (
    id integer PRIMARY KEY,
    full_name text NOT NULL,
    legacy_code varchar(12),
    fax_number text,
    salary numeric(10,2) CONSTRAINT employees_salary_check CHECK (salary > 0)
);

CREATE INDEX employees_legacy_code_idx ON employees (legacy_code);
