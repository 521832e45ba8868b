INSERT INTO carts (subtotal) VALUES (1);
