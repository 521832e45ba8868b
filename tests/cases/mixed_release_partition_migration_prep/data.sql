-- Mixed release partition migration prep.
INSERT INTO events VALUES (1, '2025-01-10 00:00+00', 'login', '{}'), (2, '2025-02-10 00:00+00', 'logout', '{"a": 1}');
