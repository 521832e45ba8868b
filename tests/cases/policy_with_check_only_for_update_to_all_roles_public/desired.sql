CREATE TABLE wiki (id int PRIMARY KEY, author name NOT NULL, locked boolean NOT NULL DEFAULT false, body text);
ALTER TABLE wiki ENABLE ROW LEVEL SECURITY;
CREATE POLICY wiki_read ON wiki FOR SELECT USING (true);
CREATE POLICY wiki_edit ON wiki FOR UPDATE TO sd_writer, sd_admin USING (NOT locked OR pg_has_role('sd_admin', 'member')) WITH CHECK (author = current_user);
CREATE POLICY wiki_add ON wiki FOR INSERT TO PUBLIC WITH CHECK (author = current_user AND NOT locked);
