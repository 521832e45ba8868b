-- Keyword names.
CREATE TABLE "user" (
    id bigint PRIMARY KEY,
    "name" text NOT NULL,
    "group" varchar(40),
    "default" boolean NOT NULL DEFAULT false
);
CREATE TABLE "order" (
    id integer PRIMARY KEY,
    "user" bigint NOT NULL REFERENCES "user" (id) ON DELETE CASCADE,
    "select" text NOT NULL DEFAULT 'all',
    "from" timestamptz,
    "limit" integer CHECK ("limit" > 0)
);
CREATE INDEX order_user_idx ON "order" ("user", "from");
CREATE VIEW "group" AS SELECT "group", count(*) AS "count", bool_or("default") AS "any" FROM "user" GROUP BY "group";
CREATE FUNCTION "table"("user" bigint) RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM "order" o WHERE o."user" = "table"."user" $$;
