INSERT INTO orders (total) SELECT g * 1.5 FROM generate_series(1, 40) g;
