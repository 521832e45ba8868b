-- schemadiff rollback
-- source fingerprint: 4e4d77f7af2879aa
-- target fingerprint: f054131aea97dc8e
-- 21 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX "My Schema"."Idx""Quote";

DROP INDEX "My Schema"."idx with space";

ALTER TABLE "we""ird schema"."tab""le" DROP CONSTRAINT "references select";

ALTER TABLE "My Schema"."MyTable" DROP CONSTRAINT "café ≥ 0";

ALTER TABLE "My Schema"."MyTable" DROP CONSTRAINT "uniq ""order"" user";

-- hazard: data-loss,irreversible
ALTER TABLE "My Schema"."MyTable" DROP COLUMN "UPPER";

-- hazard: data-loss,irreversible
ALTER TABLE "My Schema"."MyTable" DROP COLUMN "café";

-- hazard: data-loss,irreversible
ALTER TABLE "My Schema"."MyTable" DROP COLUMN "column with space";

-- hazard: data-loss,irreversible
ALTER TABLE "My Schema"."MyTable" DROP COLUMN "order";

-- hazard: data-loss,irreversible
ALTER TABLE "My Schema"."MyTable" DROP COLUMN upper;

-- hazard: data-loss,irreversible
ALTER TABLE "My Schema"."MyTable" DROP COLUMN "user";

-- hazard: data-loss,irreversible
ALTER TABLE "My Schema"."MyTable" DROP COLUMN "we""ird";

-- hazard: data-loss,irreversible
ALTER TABLE "My Schema"."MyTable" DROP COLUMN "名前";

-- hazard: data-loss,irreversible
DROP TABLE "My Schema".mytable;

-- hazard: data-loss,irreversible
DROP TABLE "we""ird schema"."tab""le";

-- hazard: data-loss,irreversible
DROP TABLE "схема"."select";

-- hazard: irreversible
DROP SEQUENCE "we""ird schema"."seq ""quoted"" name";

DROP TYPE "My Schema"."Status ""Type""";

DROP TYPE "схема"."order";

DROP SCHEMA "we""ird schema";

DROP SCHEMA "схема";

COMMIT;
