INSERT INTO devices VALUES ('A-1', 1, 1, 'kitchen'), ('A-2', 1, 2, 'hall'), ('B-1', NULL, 1, NULL), ('B-2', 2, NULL, NULL);
INSERT INTO readings VALUES ('A-1', '2026-01-01 10:00+00', 1.5), ('A-1', '2026-01-01 11:00+00', 2), ('B-1', '2026-01-01 10:00+00', NULL);
