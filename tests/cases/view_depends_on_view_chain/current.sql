CREATE TABLE invoices (
    id integer PRIMARY KEY,
    customer text NOT NULL,
    amount numeric(12,2) NOT NULL,
    paid boolean NOT NULL DEFAULT false
);

CREATE VIEW open_invoices AS
    SELECT id, customer, amount
    FROM invoices
    WHERE NOT paid;

CREATE VIEW open_by_customer AS
    SELECT customer, sum(amount) AS owed, count(*) AS n
    FROM open_invoices
    GROUP BY customer;

CREATE VIEW top_debtors AS
    SELECT customer, owed
    FROM open_by_customer
    WHERE owed > 1000;
