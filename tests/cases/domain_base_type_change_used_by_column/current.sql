CREATE SCHEMA stock;

CREATE DOMAIN stock.quantity AS integer
    DEFAULT 0
    CONSTRAINT quantity_non_negative CHECK (VALUE >= 0);

CREATE TABLE stock.levels (
    item_id integer PRIMARY KEY,
    on_hand stock.quantity NOT NULL,
    reserved stock.quantity
);

CREATE INDEX levels_on_hand_idx ON stock.levels (on_hand);

