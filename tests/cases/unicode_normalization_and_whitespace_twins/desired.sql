CREATE TABLE "café" ("café" bigint, "café" int NOT NULL DEFAULT 0, "name" text, "name " varchar(5));
CREATE TABLE "café" (id int);
CREATE INDEX ON "café" ("café");
COMMENT ON COLUMN "café"."name " IS 'trailing space';
