CREATE SCHEMA "App Data";

CREATE TYPE "App Data"."Kind" AS ENUM ('a''b', 'c d');

CREATE TABLE "App Data"."Order Items" (
    "Id" integer PRIMARY KEY,
    "Old Name" integer,
    "order" integer NOT NULL,
    "user" varchar(50),
    "kind" "App Data"."Kind",
    "prix €" numeric(8,2),
    CONSTRAINT "order > 0" CHECK ("order" > 0)
);

CREATE INDEX "Order Items ""order"" idx" ON "App Data"."Order Items" ("order");
