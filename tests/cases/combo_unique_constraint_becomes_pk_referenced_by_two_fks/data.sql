INSERT INTO isbn_books VALUES ('111', 'A'), ('222', 'B');
INSERT INTO reviews VALUES (1, '111');
INSERT INTO loans VALUES (1, '222');
