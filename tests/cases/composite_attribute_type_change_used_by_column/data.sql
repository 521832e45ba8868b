INSERT INTO metrics.samples (id, latest) VALUES (1, ROW(7, 21.5)), (2, NULL);
