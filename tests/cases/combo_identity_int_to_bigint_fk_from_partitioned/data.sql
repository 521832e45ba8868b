INSERT INTO devices (label) VALUES ('a'), ('b');
INSERT INTO readings VALUES (1, '2024-05-01', 1.5), (2, '2025-02-02', 2.5);
INSERT INTO alerts VALUES (1, 1), (2, 2), (3, NULL);
