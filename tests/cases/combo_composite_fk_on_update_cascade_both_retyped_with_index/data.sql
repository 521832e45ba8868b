INSERT INTO shelves VALUES (1, 'A1', 'top'), (2, 'B2', 'low');
INSERT INTO slots VALUES (1, 1, 'A1'), (2, 2, 'B2');
