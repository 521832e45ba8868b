CREATE TABLE orgs (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE projects (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id integer NOT NULL REFERENCES orgs (id),
    owner_id integer NOT NULL,
    name text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX projects_org_idx ON projects (org_id);

CREATE FUNCTION set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER projects_set_updated_at
    BEFORE UPDATE ON projects
    FOR EACH ROW
    EXECUTE FUNCTION set_updated_at();

CREATE VIEW project_overview AS
    SELECT p.id, p.name, o.name AS org_name, p.owner_id
    FROM projects p
    JOIN orgs o ON o.id = p.org_id;

ALTER TABLE projects ENABLE ROW LEVEL SECURITY;

CREATE POLICY projects_owner ON projects
    USING (owner_id = current_setting('app.user_id')::integer);
