INSERT INTO stores VALUES (1, 'main', NULL), (2, 'side', NULL);
