CREATE DOMAIN qty AS int;
CREATE TYPE order_line AS (sku text, n qty);
CREATE TABLE orders (id int PRIMARY KEY, counts qty[], first_line order_line, plain qty);
