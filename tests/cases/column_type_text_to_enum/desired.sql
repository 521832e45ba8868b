CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'new'
);
