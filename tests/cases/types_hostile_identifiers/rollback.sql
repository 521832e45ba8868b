-- schemadiff rollback
-- source fingerprint: c1ce1880318a9d17
-- target fingerprint: 0d2a6db6c106ed5d
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE "Typ ""Schema""; ü"."Tab; ""le""";

DROP TYPE "Typ ""Schema""; ü"."Ränge ""R""; x";

DROP TYPE "Typ ""Schema""; ü"."Pair; of ""Things"" ☃";

DROP DOMAIN "Typ ""Schema""; ü"."Dom ""Quoted""; Ärger 名前";

COMMIT;
