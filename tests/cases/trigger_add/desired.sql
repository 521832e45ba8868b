CREATE TABLE notes (
    id integer PRIMARY KEY,
    body text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE FUNCTION log_inserted_notes() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE NOTICE '% notes inserted', (SELECT count(*) FROM inserted_rows);
    RETURN NULL;
END;
$$;

CREATE TRIGGER notes_touch
    BEFORE UPDATE ON notes
    FOR EACH ROW
    EXECUTE FUNCTION touch_updated_at();

CREATE TRIGGER notes_log_insert
    AFTER INSERT ON notes
    REFERENCING NEW TABLE AS inserted_rows
    FOR EACH STATEMENT
    EXECUTE FUNCTION log_inserted_notes();
