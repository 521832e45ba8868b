CREATE TABLE notes (id int PRIMARY KEY, author text NOT NULL, tenant int, body text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_read ON notes FOR SELECT USING (true);
