CREATE TABLE docs (id int PRIMARY KEY, owner name NOT NULL DEFAULT current_user, published boolean NOT NULL DEFAULT false);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_all ON docs USING (true);
CREATE POLICY docs_owner ON docs AS RESTRICTIVE FOR ALL TO sd_writer USING (owner = current_user);
