-- Policy command change with comment.
CREATE TABLE notes (id bigint PRIMARY KEY, owner text NOT NULL, body text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_owner ON notes FOR SELECT TO sd_reader USING (owner = current_user);
COMMENT ON POLICY notes_owner ON notes IS 'owners see their notes';
