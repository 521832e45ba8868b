INSERT INTO catalog.item VALUES (1,'nut');
INSERT INTO billing.invoice VALUES (1, ARRAY[ROW('a',1)::billing.item, ROW('b',2)::billing.item]), (2, DEFAULT);
