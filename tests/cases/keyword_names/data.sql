INSERT INTO "user" VALUES (1,'ann','a'),(2,'bob',NULL);
INSERT INTO "order" VALUES (1,1,'x','2024-01-01'),(2,2,'y',NULL);
