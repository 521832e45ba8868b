CREATE TABLE customers (id integer NOT NULL, email text);
CREATE TABLE orders (id integer NOT NULL, customer_id integer, total numeric(10,2));
