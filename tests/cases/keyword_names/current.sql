-- Keyword names.
CREATE TABLE "user" (
    id integer PRIMARY KEY,
    "name" text NOT NULL,
    "group" text
);
CREATE TABLE "order" (
    id integer PRIMARY KEY,
    "user" integer NOT NULL REFERENCES "user" (id),
    "select" text,
    "from" date
);
CREATE INDEX order_user_idx ON "order" ("user");
CREATE VIEW "group" AS SELECT "group", count(*) AS "count" FROM "user" GROUP BY "group";
