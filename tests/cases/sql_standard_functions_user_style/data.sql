INSERT INTO items VALUES (1, 10, 2), (2, 3.5, 1);
