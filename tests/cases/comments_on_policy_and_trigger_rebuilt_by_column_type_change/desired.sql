CREATE TABLE docs (
    id integer PRIMARY KEY,
    tenant_id bigint NOT NULL,
    title text
);
CREATE FUNCTION docs_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER docs_tenant_change BEFORE UPDATE ON docs FOR EACH ROW WHEN (OLD.tenant_id IS DISTINCT FROM NEW.tenant_id) EXECUTE FUNCTION docs_audit();
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_tenant ON docs USING (tenant_id = current_setting('app.tenant')::bigint);
COMMENT ON TRIGGER docs_tenant_change ON docs IS 'audit tenant moves';
COMMENT ON POLICY docs_tenant ON docs IS 'tenant isolation';
