CREATE SCHEMA app;
CREATE SCHEMA sec;
CREATE FUNCTION sec.current_org() RETURNS int LANGUAGE sql STABLE AS $$ SELECT current_setting('app.org', true)::int $$;
CREATE TABLE app.projects (id int PRIMARY KEY, org_id int NOT NULL);
ALTER TABLE app.projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY projects_org ON app.projects USING (org_id = sec.current_org());
CREATE TABLE app.tasks (id int PRIMARY KEY, org_id int NOT NULL DEFAULT sec.current_org());
