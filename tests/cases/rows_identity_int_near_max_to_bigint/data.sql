INSERT INTO hits (url) SELECT '/p' || g FROM generate_series(1, 40) g;
INSERT INTO hit_notes VALUES (2147483600, 'first');
