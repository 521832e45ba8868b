-- schemadiff rollback
-- source fingerprint: 79a62416eefc58f6
-- target fingerprint: dc0b8029c1e01281
-- 13 statements; hazards: data-loss,irreversible

BEGIN;

COMMENT ON COLUMN public."Order Items"."Unit Price ($)" IS NULL;

DROP VIEW "select".view;

DROP INDEX public."Idx ""quoted"" name";

-- hazard: data-loss,irreversible
ALTER TABLE public."Order Items" DROP COLUMN "a.b";

-- hazard: data-loss,irreversible
ALTER TABLE public."Order Items" DROP COLUMN "order";

-- hazard: data-loss,irreversible
ALTER TABLE public."Order Items" DROP COLUMN "user";

-- hazard: data-loss,irreversible
ALTER TABLE public."Order Items" DROP COLUMN "Ümlaut";

-- hazard: data-loss,irreversible
DROP TABLE "My-Schema"."Order Items";

-- hazard: data-loss,irreversible
DROP TABLE "select"."table";

DROP FUNCTION "My-Schema"."Get Price"("Item" integer);

DROP TYPE "select"."Enum Type";

DROP SCHEMA "My-Schema";

DROP SCHEMA "select";

COMMIT;
