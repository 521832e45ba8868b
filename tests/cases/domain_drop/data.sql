INSERT INTO shop.payments (id, amount) VALUES (1, 10.50), (2, 99.99);
