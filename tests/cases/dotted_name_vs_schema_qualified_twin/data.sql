INSERT INTO "a.b" VALUES (1,'one'),(2,'two');
INSERT INTO a.b VALUES (1,'w1'),(2,'w2');
