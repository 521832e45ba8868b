CREATE SCHEMA auth; CREATE SCHEMA app;
CREATE TABLE auth.memberships (user_name text, tenant int);
CREATE FUNCTION auth.can_see(t int) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT EXISTS (SELECT 1 FROM auth.memberships m WHERE m.user_name = current_user AND m.tenant = t) $$;
CREATE TABLE app.docs (id int PRIMARY KEY, tenant int NOT NULL, body text);
ALTER TABLE app.docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Tenant Isolation" ON app.docs USING (auth.can_see(tenant));
