-- A foreign key written pg_dump-style (ALTER TABLE ... ADD CONSTRAINT after
-- the tables) with a COMMENT ON CONSTRAINT: schemadiff's load order
-- must keep the comment after the key it names (foreign keys load last).
CREATE TABLE public.customers (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE public.orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL);
