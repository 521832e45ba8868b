CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id integer NOT NULL,
    created_at timestamptz,
    status text NOT NULL,
    total numeric(12,2) NOT NULL
);

CREATE INDEX orders_customer_created_idx ON orders (customer_id, created_at DESC NULLS FIRST) INCLUDE (status, total);
CREATE INDEX orders_created_asc_nulls_last_idx ON orders (created_at ASC NULLS FIRST, id DESC NULLS LAST);
