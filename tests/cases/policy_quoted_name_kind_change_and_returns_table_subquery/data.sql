INSERT INTO grants_tbl VALUES ('x', 1); INSERT INTO documents VALUES (1, 'b');
