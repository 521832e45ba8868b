INSERT INTO sales VALUES (1, 'eu', 10, false), (2, 'us', 5, true);
