CREATE TYPE doc_status AS ENUM ('draft', 'review', 'published', 'retired');

CREATE TABLE docs (
    id integer PRIMARY KEY,
    title text NOT NULL,
    status doc_status NOT NULL DEFAULT 'draft',
    status_changed_at timestamptz
);

CREATE FUNCTION docs_status_changed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.status_changed_at := now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER docs_status_changed
    BEFORE UPDATE ON docs
    FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION docs_status_changed();
