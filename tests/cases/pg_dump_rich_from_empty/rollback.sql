-- schemadiff rollback
-- source fingerprint: 656264b71e0671c2
-- target fingerprint: 95caefd48279bb5f
-- 24 statements; hazards: data-loss,irreversible

BEGIN;

DROP VIEW shop.customer_summary;

DROP MATERIALIZED VIEW shop.product_prices;

ALTER TABLE shop.order_lines DROP CONSTRAINT order_lines_order_id_placed_on_fkey;

ALTER TABLE shop.order_lines DROP CONSTRAINT order_lines_product_id_fkey;

ALTER TABLE shop.orders DROP CONSTRAINT orders_customer_id_fkey;

-- hazard: data-loss,irreversible
DROP TABLE audit.log_archive;

-- hazard: data-loss,irreversible
DROP TABLE audit.log;

-- hazard: data-loss,irreversible
DROP TABLE shop.customers;

-- hazard: data-loss,irreversible
DROP TABLE shop.order_lines;

-- hazard: data-loss,irreversible
DROP TABLE shop.orders_2025;

-- hazard: data-loss,irreversible
DROP TABLE shop.orders_2026;

-- hazard: data-loss,irreversible
DROP TABLE shop.orders_default;

-- hazard: data-loss,irreversible
DROP TABLE shop.products;

DROP FUNCTION audit.log_change();

DROP PROCEDURE shop.cancel(IN o bigint);

DROP FUNCTION shop.order_count(c bigint);

-- hazard: data-loss,irreversible
DROP TABLE shop.orders;

-- hazard: irreversible
DROP SEQUENCE shop.invoice_no;

DROP TYPE shop.money_pair;

DROP DOMAIN shop.email;

DROP TYPE shop.order_status;

DROP EXTENSION citext;

DROP SCHEMA audit;

DROP SCHEMA shop;

COMMIT;
