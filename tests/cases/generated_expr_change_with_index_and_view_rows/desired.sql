CREATE TABLE line_items (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    qty integer NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    total numeric GENERATED ALWAYS AS (round(qty * unit_price * 1.19, 2)) STORED
);
CREATE INDEX line_items_total_idx ON line_items (total);
CREATE VIEW big_items AS SELECT id, total FROM line_items WHERE total > 100;
COMMENT ON COLUMN line_items.total IS 'gross total including VAT';
