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
COMMENT ON POLICY notes_owner ON notes IS 'owners see only their own notes';
COMMENT ON COLUMN note_bodies.id IS 'same as notes.id';
COMMENT ON COLUMN note_counts.n IS 'number of notes';
COMMENT ON MATERIALIZED VIEW note_counts IS 'refresh nightly';
COMMENT ON FUNCTION touch() IS 'trigger function: sets updated_at';
COMMENT ON INDEX notes_pkey IS 'pk index';
COMMENT ON CONSTRAINT notes_pkey ON notes IS 'pk constraint';
