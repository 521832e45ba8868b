CREATE TABLE "Order Items" ("Item ID" int PRIMARY KEY, "Unit Price ($)" numeric);
