INSERT INTO a VALUES (1,'x',now()),(2,'y',now());
INSERT INTO b VALUES (1,'x',NULL);
INSERT INTO c VALUES (1,'x',NULL);
