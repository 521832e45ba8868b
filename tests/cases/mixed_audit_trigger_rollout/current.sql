CREATE TABLE customers (
    id integer PRIMARY KEY,
    email text NOT NULL
);

CREATE TABLE subscriptions (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id),
    plan text NOT NULL
);
