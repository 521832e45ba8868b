-- Trigger functions live in their own schema; v1 is replaced by v2 under a
-- new name, the old one dropped, and both tables' triggers repointed.
CREATE SCHEMA util;
CREATE TABLE docs (id integer PRIMARY KEY, body text, version integer NOT NULL DEFAULT 1);
CREATE TABLE notes (id integer PRIMARY KEY, body text, version integer NOT NULL DEFAULT 1);
CREATE FUNCTION util.bump_version_v2() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW IS DISTINCT FROM OLD THEN NEW.version := OLD.version + 1; END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER docs_bump BEFORE UPDATE ON docs FOR EACH ROW EXECUTE FUNCTION util.bump_version_v2();
CREATE TRIGGER notes_bump BEFORE UPDATE ON notes FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION util.bump_version_v2();
