-- Two domains go: an unused one, and one whose column moves back to the base type with a table CHECK instead.
CREATE SCHEMA shop;

CREATE TABLE shop.payments (
    id integer PRIMARY KEY,
    amount numeric(12,2) NOT NULL,
    CONSTRAINT payments_amount_check CHECK (amount > 0)
);
