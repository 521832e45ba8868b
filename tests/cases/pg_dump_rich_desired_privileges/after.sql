INSERT INTO shop.customers (email, name) VALUES ('c' || clock_timestamp() || '@x', 'Cy');
INSERT INTO shop.products (sku, price) VALUES (left(md5(clock_timestamp()::text), 12), 5);
INSERT INTO shop.orders (customer_id, placed_on) VALUES (1, '2025-06-01');
