-- Table and view privileges: some granted, some revoked, one role's grant removed entirely.
CREATE SCHEMA app;

CREATE TABLE app.orders (
    id integer PRIMARY KEY,
    customer text NOT NULL,
    total numeric(12,2) NOT NULL
);

CREATE VIEW app.order_totals AS
    SELECT customer, sum(total) AS total FROM app.orders GROUP BY customer;

GRANT SELECT, INSERT, DELETE, TRUNCATE ON app.orders TO sd_writer;
GRANT SELECT, INSERT, UPDATE, DELETE, REFERENCES, TRIGGER ON app.orders TO sd_admin;
GRANT SELECT ON app.order_totals TO sd_reader;
