INSERT INTO app.orders (id) VALUES ((SELECT max(id) + 1 FROM app.orders));
