-- View select star table add column.
CREATE TABLE products (id bigint PRIMARY KEY, name text NOT NULL, price numeric);
CREATE VIEW product_list AS SELECT * FROM products;
CREATE VIEW product_names AS SELECT name FROM product_list;
