CREATE SCHEMA app;

CREATE TABLE app.orders (
    id integer PRIMARY KEY,
    customer text NOT NULL,
    total numeric(12,2) NOT NULL
);

CREATE VIEW app.order_totals AS
    SELECT customer, sum(total) AS total FROM app.orders GROUP BY customer;

GRANT SELECT ON app.orders TO sd_reader;
GRANT SELECT, INSERT, UPDATE ON app.orders TO sd_writer;
GRANT ALL ON app.orders TO sd_admin;
GRANT SELECT ON app.order_totals TO sd_reader, sd_writer;
