INSERT INTO people VALUES (1), (2);
INSERT INTO "People" VALUES (10, 1, 'A', 'a'), (11, 2, 'B', 'b');
