INSERT INTO carts (subtotal, shipping) VALUES (10, 4.95), (250, 0);
