INSERT INTO clicks (url) SELECT 'u' || g FROM generate_series(1, 15) g;
