CREATE TABLE customers (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    email text NOT NULL,
    active boolean NOT NULL DEFAULT true
);

CREATE VIEW active_customers AS
    SELECT id, name, lower(email) AS email
    FROM customers
    WHERE active;

CREATE VIEW customer_count AS
    SELECT count(*) AS n FROM customers;
