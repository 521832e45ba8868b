INSERT INTO devices VALUES (1, 'S1', 'x'), (2, 'S2', 'y'), (3, 'S3', NULL);
INSERT INTO device_notes VALUES (1, 1, 'S1', 'ok'), (2, 3, 'S3', 'hm');
