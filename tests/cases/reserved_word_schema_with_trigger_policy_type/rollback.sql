-- schemadiff rollback
-- source fingerprint: bbba7928c06ea5cc
-- target fingerprint: 3d6fbd0f962041d4
-- 10 statements; hazards: data-loss,irreversible

BEGIN;

COMMENT ON SCHEMA "user" IS NULL;

DROP POLICY "all" ON "user"."order";

DROP POLICY "select" ON "user"."order";

DROP TRIGGER before ON "user"."order";

DROP INDEX "user"."where";

DROP FUNCTION "user".trigger();

ALTER TABLE "user"."order" DISABLE ROW LEVEL SECURITY;

-- hazard: data-loss,irreversible
ALTER TABLE "user"."order" DROP COLUMN "case";

-- hazard: data-loss,irreversible
ALTER TABLE "user"."order" DROP COLUMN updated;

DROP TYPE "user"."case";

COMMIT;
