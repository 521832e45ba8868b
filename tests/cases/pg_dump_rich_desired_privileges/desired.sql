--
-- PostgreSQL database dump
--

\restrict xUbyXRaeFmARP7Hx8JrrwdVUsO3mVpUHL21wdHGy0Pxy2X9Qb77FE3K4WMYg1ik

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: audit; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA audit;


ALTER SCHEMA audit OWNER TO postgres;

--
-- Name: shop; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA shop;


ALTER SCHEMA shop OWNER TO postgres;

--
-- Name: citext; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;


--
-- Name: EXTENSION citext; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';


--
-- Name: email; Type: DOMAIN; Schema: shop; Owner: postgres
--

CREATE DOMAIN shop.email AS public.citext
	CONSTRAINT email_check CHECK ((VALUE OPERATOR(public.~) '@'::public.citext));


ALTER DOMAIN shop.email OWNER TO postgres;

--
-- Name: money_pair; Type: TYPE; Schema: shop; Owner: postgres
--

CREATE TYPE shop.money_pair AS (
	amount numeric(12,2),
	currency character(3)
);


ALTER TYPE shop.money_pair OWNER TO postgres;

--
-- Name: order_status; Type: TYPE; Schema: shop; Owner: postgres
--

CREATE TYPE shop.order_status AS ENUM (
    'new',
    'paid',
    'shipped',
    'cancelled'
);


ALTER TYPE shop.order_status OWNER TO postgres;

--
-- Name: log_change(); Type: FUNCTION; Schema: audit; Owner: postgres
--

CREATE FUNCTION audit.log_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'audit'
    AS $$
BEGIN
  INSERT INTO audit.log(tbl, payload) VALUES (TG_TABLE_NAME, to_jsonb(NEW));
  RETURN NEW;
END;
$$;


ALTER FUNCTION audit.log_change() OWNER TO postgres;

--
-- Name: cancel(bigint); Type: PROCEDURE; Schema: shop; Owner: postgres
--

CREATE PROCEDURE shop.cancel(IN o bigint)
    LANGUAGE plpgsql
    AS $$ BEGIN UPDATE shop.orders SET status='cancelled' WHERE id=o; END $$;


ALTER PROCEDURE shop.cancel(IN o bigint) OWNER TO postgres;

SET default_tablespace = '';

--
-- Name: orders; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.orders (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    status shop.order_status DEFAULT 'new'::shop.order_status NOT NULL,
    placed_on date NOT NULL,
    total shop.money_pair
)
PARTITION BY RANGE (placed_on);


ALTER TABLE shop.orders OWNER TO postgres;

--
-- Name: TABLE orders; Type: COMMENT; Schema: shop; Owner: postgres
--

COMMENT ON TABLE shop.orders IS 'Orders, partitioned by year';


--
-- Name: order_count(bigint); Type: FUNCTION; Schema: shop; Owner: postgres
--

CREATE FUNCTION shop.order_count(c bigint) RETURNS bigint
    LANGUAGE sql STABLE
    BEGIN ATOMIC
 SELECT count(*) AS count
    FROM shop.orders
   WHERE (orders.customer_id = order_count.c);
END;


ALTER FUNCTION shop.order_count(c bigint) OWNER TO postgres;

SET default_table_access_method = heap;

--
-- Name: log; Type: TABLE; Schema: audit; Owner: postgres
--

CREATE TABLE audit.log (
    id bigint NOT NULL,
    tbl text,
    at timestamp with time zone DEFAULT clock_timestamp(),
    payload jsonb
);


ALTER TABLE audit.log OWNER TO postgres;

--
-- Name: log_archive; Type: TABLE; Schema: audit; Owner: postgres
--

CREATE TABLE audit.log_archive (
    archived_at timestamp with time zone
)
INHERITS (audit.log);


ALTER TABLE audit.log_archive OWNER TO postgres;

--
-- Name: log_id_seq; Type: SEQUENCE; Schema: audit; Owner: postgres
--

CREATE SEQUENCE audit.log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE audit.log_id_seq OWNER TO postgres;

--
-- Name: log_id_seq; Type: SEQUENCE OWNED BY; Schema: audit; Owner: postgres
--

ALTER SEQUENCE audit.log_id_seq OWNED BY audit.log.id;


--
-- Name: customers; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.customers (
    id bigint NOT NULL,
    email shop.email NOT NULL,
    name text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    name_lower text GENERATED ALWAYS AS (lower(name)) STORED
);


ALTER TABLE shop.customers OWNER TO postgres;

--
-- Name: COLUMN customers.email; Type: COMMENT; Schema: shop; Owner: postgres
--

COMMENT ON COLUMN shop.customers.email IS 'login';


--
-- Name: customer_summary; Type: VIEW; Schema: shop; Owner: postgres
--

CREATE VIEW shop.customer_summary WITH (security_barrier='true') AS
 SELECT c.id,
    c.name,
    shop.order_count(c.id) AS n
   FROM shop.customers c;


ALTER TABLE shop.customer_summary OWNER TO postgres;

--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: shop; Owner: postgres
--

ALTER TABLE shop.customers ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME shop.customers_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: invoice_no; Type: SEQUENCE; Schema: shop; Owner: postgres
--

CREATE SEQUENCE shop.invoice_no
    AS integer
    START WITH 100
    INCREMENT BY 5
    MINVALUE 100
    MAXVALUE 100000
    CACHE 1
    CYCLE;


ALTER TABLE shop.invoice_no OWNER TO postgres;

--
-- Name: order_lines; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.order_lines (
    order_id bigint,
    placed_on date,
    product_id integer,
    qty integer DEFAULT 1
);


ALTER TABLE shop.order_lines OWNER TO postgres;

--
-- Name: orders_2025; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.orders_2025 (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    status shop.order_status DEFAULT 'new'::shop.order_status NOT NULL,
    placed_on date NOT NULL,
    total shop.money_pair
);


ALTER TABLE shop.orders_2025 OWNER TO postgres;

--
-- Name: orders_2026; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.orders_2026 (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    status shop.order_status DEFAULT 'new'::shop.order_status NOT NULL,
    placed_on date NOT NULL,
    total shop.money_pair
);


ALTER TABLE shop.orders_2026 OWNER TO postgres;

--
-- Name: orders_default; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.orders_default (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    status shop.order_status DEFAULT 'new'::shop.order_status NOT NULL,
    placed_on date NOT NULL,
    total shop.money_pair
);


ALTER TABLE shop.orders_default OWNER TO postgres;

--
-- Name: orders_id_seq; Type: SEQUENCE; Schema: shop; Owner: postgres
--

ALTER TABLE shop.orders ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME shop.orders_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: products; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.products (
    id integer NOT NULL,
    sku character varying(32) NOT NULL,
    price numeric(12,2) NOT NULL,
    tags text[] DEFAULT '{}'::text[],
    attrs jsonb,
    CONSTRAINT products_price_check CHECK ((price >= (0)::numeric))
);


ALTER TABLE shop.products OWNER TO postgres;

--
-- Name: product_prices; Type: MATERIALIZED VIEW; Schema: shop; Owner: postgres
--

CREATE MATERIALIZED VIEW shop.product_prices AS
 SELECT products.sku,
    products.price
   FROM shop.products
  WITH NO DATA;


ALTER TABLE shop.product_prices OWNER TO postgres;

--
-- Name: products_id_seq; Type: SEQUENCE; Schema: shop; Owner: postgres
--

CREATE SEQUENCE shop.products_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE shop.products_id_seq OWNER TO postgres;

--
-- Name: products_id_seq; Type: SEQUENCE OWNED BY; Schema: shop; Owner: postgres
--

ALTER SEQUENCE shop.products_id_seq OWNED BY shop.products.id;


--
-- Name: orders_2025; Type: TABLE ATTACH; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.orders ATTACH PARTITION shop.orders_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');


--
-- Name: orders_2026; Type: TABLE ATTACH; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.orders ATTACH PARTITION shop.orders_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');


--
-- Name: orders_default; Type: TABLE ATTACH; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.orders ATTACH PARTITION shop.orders_default DEFAULT;


--
-- Name: log id; Type: DEFAULT; Schema: audit; Owner: postgres
--

ALTER TABLE ONLY audit.log ALTER COLUMN id SET DEFAULT nextval('audit.log_id_seq'::regclass);


--
-- Name: log_archive id; Type: DEFAULT; Schema: audit; Owner: postgres
--

ALTER TABLE ONLY audit.log_archive ALTER COLUMN id SET DEFAULT nextval('audit.log_id_seq'::regclass);


--
-- Name: log_archive at; Type: DEFAULT; Schema: audit; Owner: postgres
--

ALTER TABLE ONLY audit.log_archive ALTER COLUMN at SET DEFAULT clock_timestamp();


--
-- Name: products id; Type: DEFAULT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.products ALTER COLUMN id SET DEFAULT nextval('shop.products_id_seq'::regclass);


--
-- Name: log log_pkey; Type: CONSTRAINT; Schema: audit; Owner: postgres
--

ALTER TABLE ONLY audit.log
    ADD CONSTRAINT log_pkey PRIMARY KEY (id);


--
-- Name: customers customers_email_key; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.customers
    ADD CONSTRAINT customers_email_key UNIQUE (email);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id, placed_on);


--
-- Name: orders_2025 orders_2025_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.orders_2025
    ADD CONSTRAINT orders_2025_pkey PRIMARY KEY (id, placed_on);


--
-- Name: orders_2026 orders_2026_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.orders_2026
    ADD CONSTRAINT orders_2026_pkey PRIMARY KEY (id, placed_on);


--
-- Name: orders_default orders_default_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.orders_default
    ADD CONSTRAINT orders_default_pkey PRIMARY KEY (id, placed_on);


--
-- Name: products products_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.products
    ADD CONSTRAINT products_pkey PRIMARY KEY (id);


--
-- Name: products products_sku_key; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.products
    ADD CONSTRAINT products_sku_key UNIQUE (sku);


--
-- Name: orders_customer_idx; Type: INDEX; Schema: shop; Owner: postgres
--

CREATE INDEX orders_customer_idx ON ONLY shop.orders USING btree (customer_id);


--
-- Name: orders_2025_customer_id_idx; Type: INDEX; Schema: shop; Owner: postgres
--

CREATE INDEX orders_2025_customer_id_idx ON shop.orders_2025 USING btree (customer_id);


--
-- Name: orders_2026_customer_id_idx; Type: INDEX; Schema: shop; Owner: postgres
--

CREATE INDEX orders_2026_customer_id_idx ON shop.orders_2026 USING btree (customer_id);


--
-- Name: orders_default_customer_id_idx; Type: INDEX; Schema: shop; Owner: postgres
--

CREATE INDEX orders_default_customer_id_idx ON shop.orders_default USING btree (customer_id);


--
-- Name: product_prices_sku; Type: INDEX; Schema: shop; Owner: postgres
--

CREATE UNIQUE INDEX product_prices_sku ON shop.product_prices USING btree (sku);


--
-- Name: products_attrs_gin; Type: INDEX; Schema: shop; Owner: postgres
--

CREATE INDEX products_attrs_gin ON shop.products USING gin (attrs jsonb_path_ops);


--
-- Name: products_sku_lower; Type: INDEX; Schema: shop; Owner: postgres
--

CREATE INDEX products_sku_lower ON shop.products USING btree (lower((sku)::text)) WHERE (price > (0)::numeric);


--
-- Name: orders_2025_customer_id_idx; Type: INDEX ATTACH; Schema: shop; Owner: postgres
--

ALTER INDEX shop.orders_customer_idx ATTACH PARTITION shop.orders_2025_customer_id_idx;


--
-- Name: orders_2025_pkey; Type: INDEX ATTACH; Schema: shop; Owner: postgres
--

ALTER INDEX shop.orders_pkey ATTACH PARTITION shop.orders_2025_pkey;


--
-- Name: orders_2026_customer_id_idx; Type: INDEX ATTACH; Schema: shop; Owner: postgres
--

ALTER INDEX shop.orders_customer_idx ATTACH PARTITION shop.orders_2026_customer_id_idx;


--
-- Name: orders_2026_pkey; Type: INDEX ATTACH; Schema: shop; Owner: postgres
--

ALTER INDEX shop.orders_pkey ATTACH PARTITION shop.orders_2026_pkey;


--
-- Name: orders_default_customer_id_idx; Type: INDEX ATTACH; Schema: shop; Owner: postgres
--

ALTER INDEX shop.orders_customer_idx ATTACH PARTITION shop.orders_default_customer_id_idx;


--
-- Name: orders_default_pkey; Type: INDEX ATTACH; Schema: shop; Owner: postgres
--

ALTER INDEX shop.orders_pkey ATTACH PARTITION shop.orders_default_pkey;


--
-- Name: customers customers_audit; Type: TRIGGER; Schema: shop; Owner: postgres
--

CREATE TRIGGER customers_audit AFTER INSERT OR UPDATE ON shop.customers FOR EACH ROW EXECUTE FUNCTION audit.log_change();


--
-- Name: order_lines order_lines_order_id_placed_on_fkey; Type: FK CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.order_lines
    ADD CONSTRAINT order_lines_order_id_placed_on_fkey FOREIGN KEY (order_id, placed_on) REFERENCES shop.orders(id, placed_on) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;


--
-- Name: order_lines order_lines_product_id_fkey; Type: FK CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.order_lines
    ADD CONSTRAINT order_lines_product_id_fkey FOREIGN KEY (product_id) REFERENCES shop.products(id);


--
-- Name: orders orders_customer_id_fkey; Type: FK CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE shop.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES shop.customers(id) ON DELETE RESTRICT;


--
-- Name: customers; Type: ROW SECURITY; Schema: shop; Owner: postgres
--

ALTER TABLE shop.customers ENABLE ROW LEVEL SECURITY;

--
-- Name: customers customers_self; Type: POLICY; Schema: shop; Owner: postgres
--

CREATE POLICY customers_self ON shop.customers FOR SELECT TO sd_reader USING ((name = CURRENT_USER));


--
-- Name: SCHEMA shop; Type: ACL; Schema: -; Owner: postgres
--

GRANT USAGE ON SCHEMA shop TO sd_reader;


--
-- Name: TABLE orders; Type: ACL; Schema: shop; Owner: postgres
--

GRANT SELECT,INSERT ON TABLE shop.orders TO sd_writer;


--
-- Name: TABLE customer_summary; Type: ACL; Schema: shop; Owner: postgres
--

GRANT SELECT ON TABLE shop.customer_summary TO sd_reader;


--
-- PostgreSQL database dump complete
--

\unrestrict xUbyXRaeFmARP7Hx8JrrwdVUsO3mVpUHL21wdHGy0Pxy2X9Qb77FE3K4WMYg1ik

