-- schemadiff rollback
-- source fingerprint: 0dd1685d2a4d309b
-- target fingerprint: 5116c24b20613f94
-- 7 statements; hazards: data-loss,long-lock,irreversible

BEGIN;

COMMENT ON DOMAIN "Typ ""Schema""; ü"."Dom ""Quoted""; Ärger 名前" IS NULL;

ALTER DOMAIN "Typ ""Schema""; ü"."Dom ""Quoted""; Ärger 名前" DROP CONSTRAINT "chk ""new""; ✓";

ALTER DOMAIN "Typ ""Schema""; ü"."Dom ""Quoted""; Ärger 名前" DROP DEFAULT;

-- hazard: data-loss,irreversible
ALTER TYPE "Typ ""Schema""; ü"."Pair; of ""Things"" ☃" DROP ATTRIBUTE "Ünï ""côdé""; 列";

COMMENT ON TYPE "Typ ""Schema""; ü"."Pair; of ""Things"" ☃" IS 'old "comment"';

CREATE TYPE "Typ ""Schema""; ü"."Ränge ""R""; x" AS RANGE (subtype = integer);

-- hazard: long-lock
ALTER DOMAIN "Typ ""Schema""; ü"."Dom ""Quoted""; Ärger 名前" ADD CONSTRAINT "chk ""old""; ✗" CHECK ((VALUE <> 'x'::text));

COMMIT;
