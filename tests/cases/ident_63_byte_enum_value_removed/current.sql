CREATE TYPE order_fulfillment_status_for_warehouse_shipping_pipeline_stage_x AS ENUM ('new', 'legacy', 'done');
CREATE TABLE orders (id integer PRIMARY KEY, s order_fulfillment_status_for_warehouse_shipping_pipeline_stage_x NOT NULL DEFAULT 'new');
