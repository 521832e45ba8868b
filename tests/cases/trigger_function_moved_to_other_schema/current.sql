CREATE SCHEMA app; CREATE SCHEMA util; CREATE SCHEMA audit;
CREATE TABLE audit.log (tbl text, op text, at timestamptz DEFAULT now());
CREATE FUNCTION public.log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO audit.log (tbl, op) VALUES (TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, TG_OP); RETURN NULL; END $$;
CREATE TABLE app.users (id int PRIMARY KEY);
CREATE TABLE app."Orders" (id int PRIMARY KEY);
CREATE TRIGGER log_change AFTER INSERT OR UPDATE OR DELETE ON app.users FOR EACH ROW EXECUTE FUNCTION public.log_change();
CREATE TRIGGER "Log Change" AFTER INSERT ON app."Orders" FOR EACH STATEMENT EXECUTE FUNCTION public.log_change();
