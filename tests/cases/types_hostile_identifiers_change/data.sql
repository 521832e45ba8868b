INSERT INTO "Typ ""Schema""; ü"."Tab; ""le""" VALUES (1, ROW(1, 'a'), 'ok'), (2, NULL, NULL);
