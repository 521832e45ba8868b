-- One generic trigger function, parameterized with TG_ARGV; the trigger's
-- arguments change (a column name is added).
CREATE TABLE articles (id integer PRIMARY KEY, title text, slug text, summary text);
CREATE FUNCTION trim_columns() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE c text; r jsonb := to_jsonb(NEW);
BEGIN
    FOREACH c IN ARRAY TG_ARGV LOOP
        r := jsonb_set(r, ARRAY[c], to_jsonb(btrim(r->>c)));
    END LOOP;
    NEW := jsonb_populate_record(NEW, r);
    RETURN NEW;
END $$;
CREATE TRIGGER articles_trim BEFORE INSERT OR UPDATE ON articles
    FOR EACH ROW EXECUTE FUNCTION trim_columns('title', 'slug', 'summary');
