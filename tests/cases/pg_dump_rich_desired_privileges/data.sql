INSERT INTO shop.customers (email, name) VALUES ('a@x', 'Ann'), ('b@x', 'Bob');
INSERT INTO shop.products (sku, price) VALUES ('S1', 3), ('S2', 4);
INSERT INTO shop.orders (customer_id, placed_on) VALUES (1, '2025-03-01'), (2, '2025-05-01');
