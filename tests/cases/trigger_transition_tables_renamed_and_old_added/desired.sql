-- Statement-level audit trigger with a transition table: the transition
-- table is renamed, an OLD TABLE is added, and a second one on DELETE.
CREATE TABLE stock (sku text PRIMARY KEY, qty integer NOT NULL);
CREATE TABLE stock_log (at timestamptz NOT NULL DEFAULT now(), note text NOT NULL);
CREATE FUNCTION stock_log_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO stock_log (note)
        SELECT 'moved ' || coalesce(sum(n.qty - o.qty), 0)
        FROM new_rows n JOIN old_rows o USING (sku);
    RETURN NULL;
END $$;
CREATE FUNCTION stock_log_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO stock_log (note) SELECT 'deleted ' || count(*) FROM gone;
    RETURN NULL;
END $$;
CREATE TRIGGER stock_log_update
    AFTER UPDATE ON stock
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stock_log_update();
CREATE TRIGGER stock_log_delete
    AFTER DELETE ON stock
    REFERENCING OLD TABLE AS gone
    FOR EACH STATEMENT EXECUTE FUNCTION stock_log_delete();
