INSERT INTO audit_log (at, actor) VALUES ('2026-02-01 00:00+00', 'carol'), ('2025-02-01 00:00+00', 'dan');
