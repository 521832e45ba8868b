INSERT INTO stores (addr) VALUES (ROW('Main St 1', 'Springfield', '12345', 7)), (NULL);
