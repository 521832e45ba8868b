CREATE SCHEMA "order"; CREATE SCHEMA "Order"; CREATE SCHEMA "ORDER";
CREATE TABLE "order".items (id int PRIMARY KEY, sku varchar(30));
CREATE TABLE "Order".items (id int PRIMARY KEY, item_id int REFERENCES "order".items ON DELETE CASCADE);
CREATE TABLE "ORDER".items (id int PRIMARY KEY REFERENCES "Order".items);
CREATE VIEW "order"."Items" AS SELECT a.id, a.sku, b.id AS "Order id" FROM "order".items a JOIN "Order".items b ON b.item_id = a.id;
COMMENT ON SCHEMA "Order" IS 'capitalised';
COMMENT ON SCHEMA "order" IS 'lower';
