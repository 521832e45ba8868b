-- schemadiff plan
-- source fingerprint: 56e05b68b81426a3
-- target fingerprint: 27a06728d8e6ef5a
-- 11 statements; hazards: rewrite

SET search_path = public;

BEGIN;

ALTER TABLE "Order".items DROP CONSTRAINT items_item_id_fkey;

-- hazard: rewrite
ALTER TABLE "order".items ALTER COLUMN sku TYPE character varying(30);

CREATE SCHEMA "ORDER";

CREATE TABLE "ORDER".items (
    id integer NOT NULL
);

ALTER TABLE "ORDER".items ADD CONSTRAINT items_pkey PRIMARY KEY (id);

ALTER TABLE "ORDER".items ADD CONSTRAINT items_id_fkey FOREIGN KEY (id) REFERENCES "Order".items(id);

ALTER TABLE "Order".items ADD CONSTRAINT items_item_id_fkey FOREIGN KEY (item_id) REFERENCES "order".items(id) ON DELETE CASCADE NOT VALID;

CREATE VIEW "order"."Items" AS
SELECT a.id, a.sku, b.id AS "Order id" FROM "order".items a JOIN "Order".items b ON b.item_id = a.id;

COMMENT ON SCHEMA "Order" IS 'capitalised';

COMMENT ON SCHEMA "order" IS 'lower';

COMMIT;

ALTER TABLE "Order".items VALIDATE CONSTRAINT items_item_id_fkey;
