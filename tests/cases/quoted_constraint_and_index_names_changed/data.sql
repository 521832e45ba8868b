INSERT INTO "Sales ""EU"""."Kunden Übersicht" VALUES (1, 'a@b', 10), (2, NULL, 0);
INSERT INTO "Sales ""EU"""."Bestellungen" VALUES (1, 1), (2, 2);
