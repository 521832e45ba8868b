-- schemadiff rollback
-- source fingerprint: 1a2691c04d665e73
-- target fingerprint: f622738140f2d2ef
-- 15 statements; hazards: data-loss,rewrite,irreversible

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

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE "App Data"."Order Items" ALTER COLUMN "prix €" TYPE numeric(8,2);

-- hazard: rewrite
ALTER TABLE "App Data"."Order Items" ALTER COLUMN "user" TYPE character varying(50);

DROP TYPE "App Data"."Kind__schemadiff_old";

ALTER TABLE "App Data"."Order Items" ADD COLUMN "Old Name" integer;

ALTER TABLE "App Data"."Order Items" ADD CONSTRAINT "order > 0" CHECK (("order" > 0)) NOT VALID;

COMMIT;

ALTER TABLE "App Data"."Order Items" VALIDATE CONSTRAINT "order > 0";

CREATE INDEX CONCURRENTLY "Order Items ""order"" idx" ON "App Data"."Order Items" USING btree ("order");
