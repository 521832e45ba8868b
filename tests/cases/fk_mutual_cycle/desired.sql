CREATE TABLE settings (
    id integer PRIMARY KEY
);

CREATE TABLE departments (
    id integer PRIMARY KEY,
    name text NOT NULL,
    manager_id integer
);

CREATE TABLE staff (
    id integer PRIMARY KEY,
    name text NOT NULL,
    department_id integer NOT NULL
);

ALTER TABLE departments ADD CONSTRAINT departments_manager_fkey FOREIGN KEY (manager_id) REFERENCES staff (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE staff ADD CONSTRAINT staff_department_fkey FOREIGN KEY (department_id) REFERENCES departments (id) DEFERRABLE INITIALLY DEFERRED;
