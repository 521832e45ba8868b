-- Changes to types with hostile names: domain constraint swapped, attribute added, range dropped, comments with quotes, $$, backslash and newline.
CREATE SCHEMA "Typ ""Schema""; ü";

CREATE DOMAIN "Typ ""Schema""; ü"."Dom ""Quoted""; Ärger 名前" AS text
    DEFAULT '"; $$'
    CONSTRAINT "chk ""new""; ✓" CHECK (VALUE <> '"; DROP TABLE x; --');

CREATE TYPE "Typ ""Schema""; ü"."Pair; of ""Things"" ☃" AS (
    "Left Side" integer,
    "ri""ght;" text,
    "Ünï ""côdé""; 列" numeric
);

CREATE TABLE "Typ ""Schema""; ü"."Tab; ""le""" (
    "Id" integer PRIMARY KEY,
    "the pair" "Typ ""Schema""; ü"."Pair; of ""Things"" ☃",
    "val ""d""" "Typ ""Schema""; ü"."Dom ""Quoted""; Ärger 名前"
);

COMMENT ON TYPE "Typ ""Schema""; ü"."Pair; of ""Things"" ☃" IS 'new "comment" with $$ dollars $$, a \ backslash
and a newline';
COMMENT ON COLUMN "Typ ""Schema""; ü"."Pair; of ""Things"" ☃"."Ünï ""côdé""; 列" IS 'E''\n'' stays literal';
COMMENT ON DOMAIN "Typ ""Schema""; ü"."Dom ""Quoted""; Ärger 名前" IS '$x$ ; $$';
