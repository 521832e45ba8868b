CREATE SCHEMA a;
CREATE TABLE "a.b" (id int PRIMARY KEY, v text);
CREATE TABLE a.b (id int PRIMARY KEY, w text);
