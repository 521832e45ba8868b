CREATE SCHEMA "My Schema";

CREATE TABLE "My Schema"."MyTable" (
    "Id" integer PRIMARY KEY,
    "select" text
);
