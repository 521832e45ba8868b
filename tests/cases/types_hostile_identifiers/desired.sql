-- A domain, a composite and a range type whose names, attributes and constraints need quoting, with awkward comments.
CREATE SCHEMA "Typ ""Schema""; ü";

CREATE DOMAIN "Typ ""Schema""; ü"."Dom ""Quoted""; Ärger 名前" AS text
    DEFAULT 'it''s'
    CONSTRAINT "chk ""not""; empty ✓" CHECK (VALUE <> '');

CREATE TYPE "Typ ""Schema""; ü"."Pair; of ""Things"" ☃" AS (
    "Left Side" integer,
    "ri""ght;" "Typ ""Schema""; ü"."Dom ""Quoted""; Ärger 名前",
    "ünï côdé 列" text COLLATE "C"
);

CREATE TYPE "Typ ""Schema""; ü"."Ränge ""R""; x" AS RANGE (
    subtype = numeric,
    multirange_type_name = "Typ ""Schema""; ü"."Mehr ""Ränge""; x"
);

CREATE TABLE "Typ ""Schema""; ü"."Tab; ""le""" (
    "Id" integer PRIMARY KEY,
    "the pair" "Typ ""Schema""; ü"."Pair; of ""Things"" ☃",
    "span ""x""" "Typ ""Schema""; ü"."Ränge ""R""; x"
);

COMMENT ON DOMAIN "Typ ""Schema""; ü"."Dom ""Quoted""; Ärger 名前" IS 'It''s "quoted", has $$ and $x$, a \ backslash
and a second line';
COMMENT ON TYPE "Typ ""Schema""; ü"."Pair; of ""Things"" ☃" IS '$$; DROP TYPE x; $$ \n is not a newline';
COMMENT ON COLUMN "Typ ""Schema""; ü"."Pair; of ""Things"" ☃"."ri""ght;" IS 'attr "ri""ght;" ✓';
COMMENT ON TYPE "Typ ""Schema""; ü"."Ränge ""R""; x" IS 'range ''r'' \\ with
newline';
COMMENT ON CONSTRAINT "chk ""not""; empty ✓" ON DOMAIN "Typ ""Schema""; ü"."Dom ""Quoted""; Ärger 名前" IS '"; -- x';
