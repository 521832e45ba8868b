INSERT INTO tickets (issued) SELECT current_date FROM generate_series(1, 12);
