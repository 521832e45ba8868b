CREATE TABLE grants_tbl (member name NOT NULL, doc_id bigint NOT NULL);
CREATE FUNCTION visible_docs() RETURNS TABLE (doc_id bigint) LANGUAGE sql STABLE
    AS $$ SELECT doc_id FROM grants_tbl WHERE member = current_user $$;
CREATE TABLE documents (id bigint PRIMARY KEY, body text);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Docs: shared with me" ON documents AS RESTRICTIVE FOR SELECT USING (id IN (SELECT doc_id FROM visible_docs()));
CREATE POLICY "Docs: admins" ON documents TO sd_admin USING (true);
