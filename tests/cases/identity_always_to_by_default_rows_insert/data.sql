INSERT INTO audit_events (kind) SELECT 'login' FROM generate_series(1, 25);
