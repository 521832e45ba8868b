CREATE SCHEMA auth;
CREATE FUNCTION auth.can_see(org bigint) RETURNS boolean LANGUAGE sql STABLE
    AS $$ SELECT org = nullif(current_setting('app.org', true), '')::bigint $$;
CREATE TABLE invoices (id int PRIMARY KEY, org_id bigint NOT NULL, amount numeric);
ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY inv_sel ON invoices FOR SELECT USING (auth.can_see(org_id));
CREATE POLICY inv_upd ON invoices FOR UPDATE USING (auth.can_see(org_id)) WITH CHECK (auth.can_see(org_id) AND amount >= 0);
