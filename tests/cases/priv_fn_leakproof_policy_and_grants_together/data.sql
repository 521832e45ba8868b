INSERT INTO sec.records VALUES (1, 1, 'x');
