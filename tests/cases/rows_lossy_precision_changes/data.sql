INSERT INTO measurements (taken_at, duration, reading, local_time) VALUES ('2024-01-01 10:00:00.123456+00', '1 hour 2 minutes 3.5 seconds', 3.141592653589793, '10:11:12.654321');
