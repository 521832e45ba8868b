-- schemadiff rollback
-- source fingerprint: 4e3d2f46539c1828
-- target fingerprint: 656264b71e0671c2
-- 40 statements; hazards: rewrite,long-lock

SET check_function_bodies = false;

BEGIN;

ALTER TYPE shop.order_status ADD VALUE 'cancelled' AFTER 'shipped';

COMMIT;

BEGIN;

ALTER TABLE shop.orders DROP CONSTRAINT orders_customer_id_fkey;

ALTER TABLE shop.customers ENABLE ROW LEVEL SECURITY;

ALTER TABLE shop.products ALTER COLUMN sku TYPE character varying(32);

ALTER TABLE shop.products ALTER COLUMN tags SET DEFAULT '{}'::text[];

CREATE SCHEMA audit;

CREATE TYPE shop.money_pair AS (amount numeric(12,2), currency character(3));

CREATE SEQUENCE audit.log_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

CREATE SEQUENCE shop.invoice_no AS integer START WITH 100 INCREMENT BY 5 MINVALUE 100 MAXVALUE 100000 CACHE 1 CYCLE;

CREATE OR REPLACE FUNCTION audit.log_change()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'audit'
AS $function$
BEGIN
  INSERT INTO audit.log(tbl, payload) VALUES (TG_TABLE_NAME, to_jsonb(NEW));
  RETURN NEW;
END;
$function$;

CREATE OR REPLACE PROCEDURE shop.cancel(IN o bigint)
 LANGUAGE plpgsql
AS $procedure$ BEGIN UPDATE shop.orders SET status='cancelled' WHERE id=o; END $procedure$;

CREATE OR REPLACE FUNCTION shop.order_count(c bigint)
 RETURNS bigint
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT count(*) AS count
    FROM shop.orders
   WHERE (orders.customer_id = order_count.c);
END;

CREATE OR REPLACE VIEW shop.customer_summary WITH (security_barrier=true) AS
 SELECT c.id,
    c.name,
    shop.order_count(c.id) AS n
   FROM shop.customers c;

-- hazard: long-lock
ALTER DOMAIN shop.email ADD CONSTRAINT email_check CHECK ((VALUE OPERATOR(public.~) '@'::public.citext));

CREATE TABLE audit.log (
    id bigint DEFAULT nextval('audit.log_id_seq'::regclass) NOT NULL,
    tbl text,
    at timestamp with time zone DEFAULT clock_timestamp(),
    payload jsonb
);

CREATE TABLE audit.log_archive (
    archived_at timestamp with time zone
) INHERITS (audit.log);

CREATE TABLE shop.order_lines (
    order_id bigint,
    placed_on date,
    product_id integer,
    qty integer DEFAULT 1
);

-- hazard: rewrite
ALTER TABLE shop.customers ADD COLUMN name_lower text GENERATED ALWAYS AS (lower(name)) STORED;

ALTER TABLE shop.orders ADD COLUMN total shop.money_pair;

CREATE TABLE shop.orders_2026 PARTITION OF shop.orders FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

CREATE TABLE shop.orders_default PARTITION OF shop.orders DEFAULT;

ALTER TABLE shop.products ADD COLUMN attrs jsonb;

ALTER SEQUENCE audit.log_id_seq OWNED BY audit.log.id;

ALTER TABLE audit.log ADD CONSTRAINT log_pkey PRIMARY KEY (id);

ALTER TABLE shop.products ADD CONSTRAINT products_price_check CHECK ((price >= (0)::numeric)) NOT VALID;

ALTER TABLE shop.order_lines ADD CONSTRAINT order_lines_order_id_placed_on_fkey FOREIGN KEY (order_id, placed_on) REFERENCES shop.orders(id, placed_on) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;

ALTER TABLE shop.order_lines ADD CONSTRAINT order_lines_product_id_fkey FOREIGN KEY (product_id) REFERENCES shop.products(id);

-- hazard: long-lock
ALTER TABLE shop.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES shop.customers(id) ON DELETE RESTRICT;

-- hazard: long-lock
CREATE INDEX orders_customer_idx ON shop.orders USING btree (customer_id);

CREATE MATERIALIZED VIEW shop.product_prices AS
 SELECT products.sku,
    products.price
   FROM shop.products;

CREATE UNIQUE INDEX product_prices_sku ON shop.product_prices USING btree (sku);

CREATE TRIGGER customers_audit AFTER INSERT OR UPDATE ON shop.customers FOR EACH ROW EXECUTE FUNCTION audit.log_change();

CREATE POLICY customers_self ON shop.customers AS PERMISSIVE FOR SELECT TO sd_reader USING ((name = CURRENT_USER));

COMMENT ON COLUMN shop.customers.email IS 'login';

COMMENT ON TABLE shop.orders IS 'Orders, partitioned by year';

COMMIT;

CREATE UNIQUE INDEX CONCURRENTLY products_sku_key ON shop.products (sku);

ALTER TABLE shop.products ADD CONSTRAINT products_sku_key UNIQUE USING INDEX products_sku_key;

ALTER TABLE shop.products VALIDATE CONSTRAINT products_price_check;

CREATE INDEX CONCURRENTLY products_attrs_gin ON shop.products USING gin (attrs jsonb_path_ops);

CREATE INDEX CONCURRENTLY products_sku_lower ON shop.products USING btree (lower((sku)::text)) WHERE (price > (0)::numeric);
