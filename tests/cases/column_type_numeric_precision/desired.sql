CREATE TABLE prices (
    id integer PRIMARY KEY,
    amount numeric(14,4) NOT NULL,
    rate numeric(8,6),
    ratio double precision
);
