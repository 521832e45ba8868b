INSERT INTO app.orders (id) VALUES (1), (2);
