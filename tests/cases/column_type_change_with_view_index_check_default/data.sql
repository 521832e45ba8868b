-- Column type change with view index check default.
INSERT INTO products VALUES (1, 'A-1', 50, 3), (2, 'B-2', 500, 0);
