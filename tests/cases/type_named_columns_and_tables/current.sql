CREATE TABLE "timestamp" ("int" int, "text" text, "date" date, "varchar" varchar(10));
CREATE TABLE "integer" (id int PRIMARY KEY);
