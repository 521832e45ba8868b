-- schemadiff rollback
-- source fingerprint: 27a06728d8e6ef5a
-- target fingerprint: 56e05b68b81426a3
-- 9 statements; hazards: data-loss,irreversible

BEGIN;

COMMENT ON SCHEMA "Order" IS NULL;

COMMENT ON SCHEMA "order" IS NULL;

DROP VIEW "order"."Items";

ALTER TABLE "Order".items DROP CONSTRAINT items_item_id_fkey;

-- hazard: data-loss,irreversible
DROP TABLE "ORDER".items;

DROP SCHEMA "ORDER";

ALTER TABLE "order".items ALTER COLUMN sku TYPE text USING sku::text;

ALTER TABLE "Order".items ADD CONSTRAINT items_item_id_fkey FOREIGN KEY (item_id) REFERENCES "order".items(id) NOT VALID;

COMMIT;

ALTER TABLE "Order".items VALIDATE CONSTRAINT items_item_id_fkey;
