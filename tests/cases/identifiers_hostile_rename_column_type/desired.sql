CREATE SCHEMA "App Data";

CREATE TYPE "App Data"."Kind" AS ENUM ('a''b', 'c d', 'e"f', 'ñ');

CREATE TABLE "App Data"."Order Items" (
    "Id" integer PRIMARY KEY,
    "New ""Name""" integer,
    "order" bigint NOT NULL,
    "user" varchar(100) COLLATE "C",
    "kind" "App Data"."Kind" DEFAULT 'e"f',
    "prix €" numeric(12,4),
    CONSTRAINT "order > 0" CHECK ("order" > 0 AND "order" < 1000000)
);

CREATE INDEX "Order Items ""order"" idx" ON "App Data"."Order Items" ("order" DESC);
