INSERT INTO ingredients VALUES (1, ROW(100, 'g'), '{kg}'), (2, ROW(2, 'kg'), NULL);
