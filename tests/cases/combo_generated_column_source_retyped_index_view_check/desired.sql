CREATE TABLE line_items (
    id integer PRIMARY KEY,
    qty integer NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    total numeric GENERATED ALWAYS AS (qty * unit_price) STORED,
    CONSTRAINT line_items_total_check CHECK (total >= 0)
);
CREATE INDEX line_items_total_idx ON line_items (total);
CREATE VIEW big_lines AS SELECT id, total FROM line_items WHERE total > 100;
