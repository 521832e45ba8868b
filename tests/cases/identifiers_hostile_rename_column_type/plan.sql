-- schemadiff plan
-- source fingerprint: f622738140f2d2ef
-- target fingerprint: 1a2691c04d665e73
-- 13 statements; hazards: data-loss,rewrite,irreversible

SET search_path = public;

BEGIN;

ALTER TYPE "App Data"."Kind" ADD VALUE 'e"f' AFTER 'c d';

ALTER TYPE "App Data"."Kind" ADD VALUE 'ñ' AFTER 'e"f';

COMMIT;

BEGIN;

DROP INDEX "App Data"."Order Items ""order"" idx";

ALTER TABLE "App Data"."Order Items" DROP CONSTRAINT "order > 0";

-- hazard: data-loss,irreversible
ALTER TABLE "App Data"."Order Items" DROP COLUMN "Old Name";

ALTER TABLE "App Data"."Order Items" ALTER COLUMN kind SET DEFAULT 'e"f'::"App Data"."Kind";

-- hazard: rewrite
ALTER TABLE "App Data"."Order Items" ALTER COLUMN "order" TYPE bigint USING "order"::bigint;

-- hazard: rewrite
ALTER TABLE "App Data"."Order Items" ALTER COLUMN "prix €" TYPE numeric(12,4);

ALTER TABLE "App Data"."Order Items" ALTER COLUMN "user" TYPE character varying(100) COLLATE pg_catalog."C";

ALTER TABLE "App Data"."Order Items" ADD COLUMN "New ""Name""" integer;

ALTER TABLE "App Data"."Order Items" ADD CONSTRAINT "order > 0" CHECK ("order" > 0 AND "order" < 1000000) NOT VALID;

COMMIT;

ALTER TABLE "App Data"."Order Items" VALIDATE CONSTRAINT "order > 0";

CREATE INDEX CONCURRENTLY "Order Items ""order"" idx" ON "App Data"."Order Items" USING btree ("order" DESC);
