INSERT INTO item (id, price, name) VALUES (1, 10, 'a');
INSERT INTO special_item (id, price, name, bonus) VALUES (2, 20, 'b', 5);
