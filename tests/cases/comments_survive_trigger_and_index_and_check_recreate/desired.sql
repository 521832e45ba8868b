CREATE TABLE stock (
    sku text PRIMARY KEY,
    qty integer NOT NULL,
    CONSTRAINT stock_qty_check CHECK (qty >= 0 AND qty < 100000)
);
CREATE INDEX stock_qty_idx ON stock (qty) WHERE qty < 10;
CREATE FUNCTION stock_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER stock_guard BEFORE UPDATE OF qty ON stock FOR EACH ROW WHEN (NEW.qty < 0) EXECUTE FUNCTION stock_guard();
COMMENT ON TRIGGER stock_guard ON stock IS 'guards stock changes';
COMMENT ON INDEX stock_qty_idx IS 'for low-stock reports';
COMMENT ON CONSTRAINT stock_qty_check ON stock IS 'no negative stock';
