INSERT INTO nums SELECT generate_series(1, 10);
