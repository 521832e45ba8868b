CREATE TABLE wiki (id int PRIMARY KEY, author name NOT NULL, locked boolean NOT NULL DEFAULT false, body text);
ALTER TABLE wiki ENABLE ROW LEVEL SECURITY;
CREATE POLICY wiki_read ON wiki FOR SELECT TO sd_reader USING (true);
CREATE POLICY wiki_edit ON wiki FOR UPDATE TO sd_writer USING (NOT locked);
CREATE POLICY wiki_add ON wiki FOR INSERT TO sd_writer WITH CHECK (author = current_user);
