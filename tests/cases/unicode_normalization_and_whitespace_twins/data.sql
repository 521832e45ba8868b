INSERT INTO "café" VALUES (1, 2, 'a', 'b');
