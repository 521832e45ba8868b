CREATE TABLE notes (
    id bigserial PRIMARY KEY,
    owner name NOT NULL DEFAULT current_user,
    body text NOT NULL,
    updated_at timestamptz
);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER notes_touch BEFORE UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_owner ON notes USING (owner = current_user);
CREATE VIEW note_bodies AS SELECT id, body FROM notes;
CREATE MATERIALIZED VIEW note_counts AS SELECT owner, count(*) AS n FROM notes GROUP BY owner;
COMMENT ON TRIGGER notes_touch ON notes IS 'keeps updated_at fresh';
COMMENT ON POLICY notes_owner ON notes IS 'old policy comment';
COMMENT ON SEQUENCE notes_id_seq IS 'serial sequence';
COMMENT ON COLUMN note_bodies.body IS 'old view column comment';
