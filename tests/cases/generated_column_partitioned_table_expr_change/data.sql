INSERT INTO events VALUES (1, '2024-05-01', '{"type":"a"}'), (2, '2025-02-01', '{}');
