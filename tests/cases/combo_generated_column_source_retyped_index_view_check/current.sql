CREATE TABLE line_items (
    id integer PRIMARY KEY,
    qty integer NOT NULL,
    unit_price integer NOT NULL,
    total integer GENERATED ALWAYS AS (qty * unit_price) STORED
);
CREATE INDEX line_items_total_idx ON line_items (total);
CREATE VIEW big_lines AS SELECT id, total FROM line_items WHERE total > 100;
