CREATE TABLE prices (
    id integer PRIMARY KEY,
    amount numeric(10,2) NOT NULL,
    rate numeric,
    ratio real
);
