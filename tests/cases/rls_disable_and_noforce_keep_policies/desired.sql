CREATE TABLE accounts (id int PRIMARY KEY, region text NOT NULL);
CREATE POLICY accounts_region ON accounts USING (region = current_setting('app.region', true));
CREATE TABLE audit (id int PRIMARY KEY, msg text);
ALTER TABLE audit FORCE ROW LEVEL SECURITY;
