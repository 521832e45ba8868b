INSERT INTO audit_events (kind) VALUES ('logout');
