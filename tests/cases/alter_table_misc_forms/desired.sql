CREATE TABLE docs (id int PRIMARY KEY, owner text, body text);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
ALTER TABLE docs FORCE ROW LEVEL SECURITY;
ALTER TABLE docs ALTER COLUMN owner SET DEFAULT current_user;
ALTER TABLE docs ALTER owner SET NOT NULL;
ALTER TABLE docs SET (fillfactor = 80, autovacuum_enabled = false);
ALTER TABLE IF EXISTS docs ADD COLUMN version int NOT NULL DEFAULT 1, ADD COLUMN tags text[];
ALTER TABLE docs OWNER TO postgres;
CREATE POLICY docs_owner ON docs USING (owner = current_user) WITH CHECK (owner = current_user);
