INSERT INTO regions VALUES (1, 'eu', 'Europe'), (2, 'us', NULL);
INSERT INTO stores VALUES (10, 'eu', '2026-01-02'), (11, 'us', NULL);
