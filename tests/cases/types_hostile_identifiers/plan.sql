-- schemadiff plan
-- source fingerprint: 0d2a6db6c106ed5d
-- target fingerprint: c1ce1880318a9d17
-- 11 statements; hazards: none

BEGIN;

CREATE DOMAIN "Typ ""Schema""; ü"."Dom ""Quoted""; Ärger 名前" AS text DEFAULT 'it''s'::text;

CREATE TYPE "Typ ""Schema""; ü"."Pair; of ""Things"" ☃" AS ("Left Side" integer, "ri""ght;" "Typ ""Schema""; ü"."Dom ""Quoted""; Ärger 名前", "ünï côdé 列" text COLLATE pg_catalog."C");

COMMENT ON COLUMN "Typ ""Schema""; ü"."Pair; of ""Things"" ☃"."ri""ght;" IS 'attr "ri""ght;" ✓';

CREATE TYPE "Typ ""Schema""; ü"."Ränge ""R""; x" AS RANGE (subtype = numeric, multirange_type_name = "Typ ""Schema""; ü"."Mehr ""Ränge""; x");

ALTER DOMAIN "Typ ""Schema""; ü"."Dom ""Quoted""; Ärger 名前" ADD CONSTRAINT "chk ""not""; empty ✓" CHECK ((VALUE <> ''::text));

CREATE TABLE "Typ ""Schema""; ü"."Tab; ""le""" (
    "Id" integer NOT NULL,
    "the pair" "Typ ""Schema""; ü"."Pair; of ""Things"" ☃",
    "span ""x""" "Typ ""Schema""; ü"."Ränge ""R""; x"
);

ALTER TABLE "Typ ""Schema""; ü"."Tab; ""le""" ADD CONSTRAINT "Tab; ""le""_pkey" PRIMARY KEY ("Id");

COMMENT ON DOMAIN "Typ ""Schema""; ü"."Dom ""Quoted""; Ärger 名前" IS E'It''s "quoted", has $$ and $x$, a \\ backslash
and a second line';

COMMENT ON CONSTRAINT "chk ""not""; empty ✓" ON DOMAIN "Typ ""Schema""; ü"."Dom ""Quoted""; Ärger 名前" IS '"; -- x';

COMMENT ON TYPE "Typ ""Schema""; ü"."Pair; of ""Things"" ☃" IS E'$$; DROP TYPE x; $$ \\n is not a newline';

COMMENT ON TYPE "Typ ""Schema""; ü"."Ränge ""R""; x" IS E'range ''r'' \\\\ with
newline';

COMMIT;
