CREATE TYPE doc_state AS ENUM ('draft', 'published');
CREATE TABLE docs (id int PRIMARY KEY, state doc_state NOT NULL DEFAULT 'draft', owner name NOT NULL DEFAULT 'nobody');
CREATE FUNCTION visible(s doc_state) RETURNS boolean LANGUAGE sql IMMUTABLE
    RETURN s = 'published';
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_visible ON docs FOR SELECT USING (visible(state));
