INSERT INTO venues (name) VALUES ('Hall'), ('Room');
INSERT INTO bookings (venue_id, during, state, price, meta) VALUES
 (1, '[2025-01-01 10:00+00,2025-01-01 12:00+00)', 'confirmed', 1000, '{"a":1}'),
 (1, '[2025-01-01 11:00+00,2025-01-01 13:00+00)', 'cancelled', 0, '[]'),
 (2, '[2025-01-02 10:00+00,2025-01-02 12:00+00)', 'held', 500, '{}');
