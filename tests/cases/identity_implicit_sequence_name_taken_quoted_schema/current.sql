CREATE SCHEMA "Shop";
CREATE SEQUENCE "Shop"."Orders_id_seq";
CREATE TABLE "Shop"."Orders" (id int NOT NULL PRIMARY KEY, note text);
