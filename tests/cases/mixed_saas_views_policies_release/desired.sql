CREATE TABLE orgs (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    archived boolean NOT NULL DEFAULT false
);

CREATE TABLE projects (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id integer NOT NULL REFERENCES orgs (id),
    owner_id bigint NOT NULL,
    name text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    version integer NOT NULL DEFAULT 1
);

CREATE INDEX projects_org_idx ON projects (org_id);

CREATE FUNCTION set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    IF TG_TABLE_NAME = 'projects' THEN
        NEW.version := OLD.version + 1;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER projects_set_updated_at
    BEFORE UPDATE ON projects
    FOR EACH ROW
    WHEN (OLD.* IS DISTINCT FROM NEW.*)
    EXECUTE FUNCTION set_updated_at();

CREATE VIEW project_overview AS
    SELECT p.id, p.name, o.name AS org_name, p.owner_id, p.version
    FROM projects p
    JOIN orgs o ON o.id = p.org_id
    WHERE NOT o.archived;

COMMENT ON VIEW project_overview IS 'Projects of live organisations';

ALTER TABLE projects ENABLE ROW LEVEL SECURITY;

CREATE POLICY projects_owner ON projects
    USING (owner_id = current_setting('app.user_id')::bigint);

CREATE POLICY projects_no_org_hop ON projects
    AS RESTRICTIVE
    FOR UPDATE
    USING (true)
    WITH CHECK (org_id = current_setting('app.org_id')::integer);
