-- schemadiff rollback
-- source fingerprint: 1a2691c04d665e73
-- target fingerprint: f622738140f2d2ef
-- 14 statements; hazards: data-loss,rewrite,long-lock,irreversible

BEGIN;

DROP INDEX "App Data"."Order Items ""order"" idx";

ALTER TABLE "App Data"."Order Items" DROP CONSTRAINT "order > 0";

-- hazard: data-loss,irreversible
ALTER TABLE "App Data"."Order Items" DROP COLUMN "New ""Name""";

ALTER TYPE "App Data"."Kind" RENAME TO "Kind__schemadiff_old";

CREATE TYPE "App Data"."Kind" AS ENUM ('a''b', 'c d');

ALTER TABLE "App Data"."Order Items" ALTER COLUMN kind DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE "App Data"."Order Items" ALTER COLUMN kind TYPE "App Data"."Kind" USING kind::text::"App Data"."Kind";

-- hazard: rewrite
ALTER TABLE "App Data"."Order Items" ALTER COLUMN "order" TYPE integer USING "order"::integer;

-- hazard: rewrite
ALTER TABLE "App Data"."Order Items" ALTER COLUMN "prix €" TYPE numeric(8,2);

-- hazard: rewrite
ALTER TABLE "App Data"."Order Items" ALTER COLUMN "user" TYPE character varying(50);

DROP TYPE "App Data"."Kind__schemadiff_old";

ALTER TABLE "App Data"."Order Items" ADD COLUMN "Old Name" integer;

-- hazard: long-lock
ALTER TABLE "App Data"."Order Items" ADD CONSTRAINT "order > 0" CHECK (("order" > 0));

-- hazard: long-lock
CREATE INDEX "Order Items ""order"" idx" ON "App Data"."Order Items" USING btree ("order");

COMMIT;
