INSERT INTO tickets VALUES (1, 'open', 'a'), (2, 'closed', NULL);
