CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner_id bigint NOT NULL,
    title text
);
CREATE FUNCTION can_see(p_owner bigint) RETURNS boolean LANGUAGE sql STABLE
    AS $$ SELECT p_owner = coalesce(nullif(current_setting('app.uid', true), ''), '0')::bigint OR p_owner = 0 $$;
CREATE FUNCTION valid_owner(p bigint) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT p >= 0 $$;
ALTER TABLE documents ADD CONSTRAINT documents_owner_check CHECK (valid_owner(owner_id));
CREATE INDEX documents_owner_idx ON documents (owner_id) WHERE valid_owner(owner_id);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_read ON documents FOR SELECT USING (can_see(owner_id));
CREATE POLICY documents_write ON documents FOR UPDATE USING (can_see(owner_id)) WITH CHECK (valid_owner(owner_id));
