CREATE SCHEMA auth; CREATE SCHEMA app;
CREATE TABLE auth.memberships (user_name text, tenant bigint);
CREATE FUNCTION auth.can_see(t bigint) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT EXISTS (SELECT 1 FROM auth.memberships m WHERE m.user_name = current_user AND m.tenant = t) $$;
CREATE TABLE app.docs (id int PRIMARY KEY, tenant bigint NOT NULL, body text);
ALTER TABLE app.docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Tenant Isolation" ON app.docs USING (auth.can_see(tenant));
CREATE POLICY "Writers ""only""" ON app.docs FOR INSERT WITH CHECK (auth.can_see(tenant) AND body IS NOT NULL);
COMMENT ON POLICY "Tenant Isolation" ON app.docs IS 'via auth.can_see';
