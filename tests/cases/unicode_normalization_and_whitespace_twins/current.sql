CREATE TABLE "café" ("café" int, "café" int, "name" text, "name " text);
