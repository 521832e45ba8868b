INSERT INTO "Shop"."Orders" VALUES (1, 'a'), (5, 'b');
