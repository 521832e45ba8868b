INSERT INTO bookings (room, starts_at, ends_at) VALUES (1, '2024-05-01 10:00', '2024-05-01 11:00'), (2, '2024-05-02 09:00', '2024-05-02 12:00');
