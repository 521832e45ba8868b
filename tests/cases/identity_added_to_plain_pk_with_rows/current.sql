CREATE TABLE customers (
    id integer NOT NULL,
    email text NOT NULL UNIQUE,
    CONSTRAINT customers_pkey PRIMARY KEY (id)
);
