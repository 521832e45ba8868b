CREATE TABLE accounts (id int PRIMARY KEY, region text NOT NULL);
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
ALTER TABLE accounts FORCE ROW LEVEL SECURITY;
CREATE POLICY accounts_region ON accounts USING (region = current_setting('app.region', true));
CREATE TABLE audit (id int PRIMARY KEY, msg text);
