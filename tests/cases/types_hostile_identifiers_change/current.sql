CREATE SCHEMA "Typ ""Schema""; ü";

CREATE DOMAIN "Typ ""Schema""; ü"."Dom ""Quoted""; Ärger 名前" AS text
    CONSTRAINT "chk ""old""; ✗" CHECK (VALUE <> 'x');

CREATE TYPE "Typ ""Schema""; ü"."Pair; of ""Things"" ☃" AS (
    "Left Side" integer,
    "ri""ght;" text
);

CREATE TYPE "Typ ""Schema""; ü"."Ränge ""R""; x" AS RANGE (
    subtype = integer
);

CREATE TABLE "Typ ""Schema""; ü"."Tab; ""le""" (
    "Id" integer PRIMARY KEY,
    "the pair" "Typ ""Schema""; ü"."Pair; of ""Things"" ☃",
    "val ""d""" "Typ ""Schema""; ü"."Dom ""Quoted""; Ärger 名前"
);


COMMENT ON TYPE "Typ ""Schema""; ü"."Pair; of ""Things"" ☃" IS 'old "comment"';
