-- Trigger events and columns change.
CREATE TABLE posts (id bigint PRIMARY KEY, title text NOT NULL, body text, search tsvector);
CREATE FUNCTION posts_search_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.search := to_tsvector('simple', coalesce(NEW.title,'') || ' ' || coalesce(NEW.body,'')); RETURN NEW; END $$;
CREATE TRIGGER posts_search BEFORE INSERT ON posts FOR EACH ROW EXECUTE FUNCTION posts_search_fn();
COMMENT ON TRIGGER posts_search ON posts IS 'keeps search in sync';
