INSERT INTO audit_log (at, actor) VALUES ('2025-05-01 00:00+00', 'alice'), ('2031-01-01 00:00+00', 'bob');
