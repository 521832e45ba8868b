CREATE TABLE employees (
    id integer PRIMARY KEY,
    badge text UNIQUE,
    name text NOT NULL
);
CREATE TABLE door_logs (
    id integer PRIMARY KEY,
    badge text REFERENCES employees (badge),
    employee_id integer,
    at timestamptz NOT NULL DEFAULT now()
);
CREATE VIEW door_names AS SELECT d.id, e.name FROM door_logs d JOIN employees e ON e.badge = d.badge;
