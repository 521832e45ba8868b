INSERT INTO parents SELECT g FROM generate_series(1, 100) g;
INSERT INTO children SELECT g, g FROM generate_series(1, 100) g;
