INSERT INTO bookings (room, starts_at, ends_at) VALUES (3, '2024-06-01 10:00', '2024-06-01 11:00');
SELECT * FROM upcoming;
