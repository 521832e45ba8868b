-- schemadiff plan
-- source fingerprint: 5116c24b20613f94
-- target fingerprint: 0dd1685d2a4d309b
-- 8 statements; hazards: long-lock

BEGIN;

ALTER DOMAIN "Typ ""Schema""; ü"."Dom ""Quoted""; Ärger 名前" DROP CONSTRAINT "chk ""old""; ✗";

DROP TYPE "Typ ""Schema""; ü"."Ränge ""R""; x";

ALTER DOMAIN "Typ ""Schema""; ü"."Dom ""Quoted""; Ärger 名前" SET DEFAULT '"; $$'::text;

ALTER TYPE "Typ ""Schema""; ü"."Pair; of ""Things"" ☃" ADD ATTRIBUTE "Ünï ""côdé""; 列" numeric;

COMMENT ON COLUMN "Typ ""Schema""; ü"."Pair; of ""Things"" ☃"."Ünï ""côdé""; 列" IS E'E''\\n'' stays literal';

COMMENT ON TYPE "Typ ""Schema""; ü"."Pair; of ""Things"" ☃" IS E'new "comment" with $$ dollars $$, a \\ backslash
and a newline';

-- hazard: long-lock
ALTER DOMAIN "Typ ""Schema""; ü"."Dom ""Quoted""; Ärger 名前" ADD CONSTRAINT "chk ""new""; ✓" CHECK ((VALUE <> '"; DROP TABLE x; --'::text));

COMMENT ON DOMAIN "Typ ""Schema""; ü"."Dom ""Quoted""; Ärger 名前" IS '$x$ ; $$';

COMMIT;
