CREATE TABLE "integer" (id int PRIMARY KEY);
CREATE TABLE "timestamp" ("int" bigint REFERENCES "integer"(id), "text" varchar(100), "date" timestamptz, "varchar" varchar(20),
  "numeric" numeric(5,2) DEFAULT 0, "boolean" boolean, CHECK ("numeric" >= 0));
CREATE VIEW "text" AS SELECT "int"::text AS "int4", "text"::text AS "varchar", "date"::date AS "time" FROM "timestamp";
CREATE FUNCTION "int4"("text" text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT length($1) $$;
CREATE INDEX "date" ON "timestamp" ("date");
