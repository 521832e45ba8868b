CREATE TABLE order_lines (
    id integer PRIMARY KEY,
    unit_price numeric(12,2) NOT NULL,
    quantity integer NOT NULL,
    first_name text,
    last_name text,
    line_total numeric(14,2) GENERATED ALWAYS AS (unit_price * quantity) STORED,
    full_name text GENERATED ALWAYS AS (coalesce(first_name, '') || ' ' || coalesce(last_name, '')) STORED
);

CREATE INDEX order_lines_line_total_idx ON order_lines (line_total);
