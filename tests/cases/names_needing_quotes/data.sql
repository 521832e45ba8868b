INSERT INTO "Order Items" VALUES (1, 9.5);
