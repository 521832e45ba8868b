CREATE TABLE orders (
    id integer PRIMARY KEY,
    status text NOT NULL DEFAULT 'new'
);
