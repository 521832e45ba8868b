CREATE TABLE "People" ("Id" int, id int, "NAME" text, name text);
CREATE TABLE people (id int PRIMARY KEY);
