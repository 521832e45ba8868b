-- Statement-level audit trigger with a transition table: the transition
-- table is renamed, an OLD TABLE is added, and a second one on DELETE.
CREATE TABLE stock (sku text PRIMARY KEY, qty integer NOT NULL);
CREATE TABLE stock_log (at timestamptz NOT NULL DEFAULT now(), note text NOT NULL);
CREATE FUNCTION stock_log_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO stock_log (note) SELECT 'updated ' || count(*) FROM changed;
    RETURN NULL;
END $$;
CREATE TRIGGER stock_log_update
    AFTER UPDATE ON stock
    REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION stock_log_update();
