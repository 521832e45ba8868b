CREATE TYPE doc_state AS ENUM ('draft', 'published', 'archived');
CREATE TABLE docs (id int PRIMARY KEY, state doc_state NOT NULL DEFAULT 'draft', owner name NOT NULL DEFAULT 'nobody');
CREATE FUNCTION visible(s doc_state) RETURNS boolean LANGUAGE sql IMMUTABLE
    RETURN s IN ('published', 'archived');
CREATE FUNCTION count_in(s doc_state DEFAULT 'archived') RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM docs WHERE state = s;
END;
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_visible ON docs FOR SELECT USING (visible(state));
CREATE POLICY docs_no_edit_archived ON docs AS RESTRICTIVE FOR UPDATE USING (state <> 'archived');
