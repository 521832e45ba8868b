CREATE SCHEMA "order"; CREATE SCHEMA "Order";
CREATE TABLE "order".items (id int PRIMARY KEY, sku text);
CREATE TABLE "Order".items (id int PRIMARY KEY, item_id int REFERENCES "order".items);
