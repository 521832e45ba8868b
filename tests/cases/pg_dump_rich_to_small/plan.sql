-- schemadiff plan
-- source fingerprint: 656264b71e0671c2
-- target fingerprint: 4e3d2f46539c1828
-- 40 statements; hazards: data-loss,rewrite,long-lock,irreversible

SET search_path = public;

BEGIN;

COMMENT ON COLUMN shop.customers.email IS NULL;

COMMENT ON TABLE shop.orders IS NULL;

DROP POLICY customers_self ON shop.customers;

DROP TRIGGER customers_audit ON shop.customers;

DROP VIEW shop.customer_summary;

DROP MATERIALIZED VIEW shop.product_prices;

DROP INDEX shop.orders_customer_idx;

DROP INDEX shop.products_attrs_gin;

DROP INDEX shop.products_sku_lower;

ALTER TABLE shop.orders DROP CONSTRAINT orders_customer_id_fkey;

ALTER TABLE shop.products DROP CONSTRAINT products_price_check;

ALTER TABLE shop.products DROP CONSTRAINT products_sku_key;

-- hazard: data-loss,irreversible
ALTER TABLE shop.orders DROP COLUMN total;

-- hazard: data-loss,irreversible
ALTER TABLE shop.products DROP COLUMN attrs;

-- hazard: data-loss,irreversible
DROP TABLE audit.log_archive;

-- hazard: data-loss,irreversible
DROP TABLE audit.log;

-- hazard: data-loss,irreversible
DROP TABLE shop.order_lines;

-- hazard: data-loss,irreversible
DROP TABLE shop.orders_2025;

-- hazard: data-loss,irreversible
DROP TABLE shop.orders_2026;

-- hazard: data-loss,irreversible
DROP TABLE shop.orders_default;

ALTER DOMAIN shop.email DROP CONSTRAINT email_check;

DROP FUNCTION audit.log_change();

DROP PROCEDURE shop.cancel(IN o bigint);

DROP FUNCTION shop.order_count(c bigint);

-- hazard: irreversible
DROP SEQUENCE shop.invoice_no;

DROP TYPE shop.money_pair;

ALTER TYPE shop.order_status RENAME TO order_status__schemadiff_old;

CREATE TYPE shop.order_status AS ENUM ('new', 'paid', 'shipped');

DROP SCHEMA audit;

ALTER TABLE shop.customers DISABLE ROW LEVEL SECURITY;

-- hazard: data-loss,irreversible
ALTER TABLE shop.customers DROP COLUMN name_lower;

ALTER TABLE shop.orders ALTER COLUMN status DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE shop.orders ALTER COLUMN status TYPE shop.order_status USING status::text::shop.order_status;

ALTER TABLE shop.orders ALTER COLUMN status SET DEFAULT 'new'::shop.order_status;

-- hazard: rewrite
ALTER TABLE shop.products ALTER COLUMN sku TYPE character varying(20);

ALTER TABLE shop.products ALTER COLUMN tags DROP DEFAULT;

DROP TYPE shop.order_status__schemadiff_old;

CREATE TABLE shop.orders_2025 PARTITION OF shop.orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- hazard: long-lock
ALTER TABLE shop.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES shop.customers(id);

CREATE VIEW shop.customer_summary AS
SELECT c.id, c.name FROM shop.customers c;

COMMIT;
