INSERT INTO "integer" VALUES (1), (2);
INSERT INTO "timestamp" VALUES (1, 'x', '2024-02-03', 'v'), (2, NULL, NULL, NULL);
