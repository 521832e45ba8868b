INSERT INTO projects VALUES (1, 7, 'a'), (2, 8, 'b');
INSERT INTO tasks VALUES (1, 7, 1), (2, 8, 2);
INSERT INTO milestones VALUES (1, 7, 1), (2, 8, NULL);
