CREATE TABLE employees (
    id integer PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE door_logs (
    id integer PRIMARY KEY,
    employee_id integer REFERENCES employees (id),
    at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX door_logs_employee_idx ON door_logs (employee_id);
CREATE VIEW door_names AS SELECT d.id, e.name FROM door_logs d JOIN employees e ON e.id = d.employee_id;
