INSERT INTO customers VALUES (1, 'Ann', NULL, NULL), (2, 'Bob', NULL, NULL);
