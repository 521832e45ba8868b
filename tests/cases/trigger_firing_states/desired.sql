-- A trigger's firing (ENABLE/DISABLE, REPLICA, ALWAYS) kept in the files:
-- set on an existing trigger, changed, on a new trigger, and with its body.
CREATE TABLE accounts (id int PRIMARY KEY, v int, touched timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.touched := now(); RETURN NEW; END $$;
CREATE TRIGGER accounts_touch BEFORE UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE accounts ENABLE REPLICA TRIGGER accounts_touch;
CREATE TRIGGER accounts_audit AFTER UPDATE ON accounts FOR EACH ROW WHEN (OLD.v IS DISTINCT FROM NEW.v) EXECUTE FUNCTION touch();
ALTER TABLE accounts DISABLE TRIGGER accounts_audit;
CREATE TRIGGER accounts_sync BEFORE INSERT ON accounts FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER accounts_new BEFORE DELETE ON accounts FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE accounts ENABLE ALWAYS TRIGGER accounts_new;
