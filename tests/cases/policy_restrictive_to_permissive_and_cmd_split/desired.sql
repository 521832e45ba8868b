CREATE TABLE docs (id int PRIMARY KEY, owner name NOT NULL DEFAULT current_user, published boolean NOT NULL DEFAULT false);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_owner ON docs AS PERMISSIVE FOR ALL TO sd_writer USING (owner = current_user);
CREATE POLICY docs_read_published ON docs FOR SELECT TO sd_reader, sd_writer USING (published);
CREATE POLICY docs_insert ON docs FOR INSERT TO sd_writer WITH CHECK (owner = current_user AND NOT published);
CREATE POLICY docs_delete ON docs FOR DELETE TO sd_admin USING (true);
