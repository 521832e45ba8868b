CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_name text NOT NULL,
    status text NOT NULL DEFAULT 'pending',
    quantity integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    flags bit(8) NOT NULL DEFAULT B'00000000'
);
