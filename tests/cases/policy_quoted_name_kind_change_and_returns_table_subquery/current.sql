CREATE TABLE grants_tbl (member name NOT NULL, doc_id int NOT NULL);
CREATE FUNCTION visible_docs() RETURNS TABLE (doc_id int) LANGUAGE sql STABLE
    AS $$ SELECT doc_id FROM grants_tbl WHERE member = current_user $$;
CREATE TABLE documents (id int PRIMARY KEY, body text);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Docs: shared with me" ON documents FOR SELECT USING (id IN (SELECT doc_id FROM visible_docs()));
