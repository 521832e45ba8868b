CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner_id integer NOT NULL,
    title text
);
CREATE FUNCTION can_see(p_owner integer) RETURNS boolean LANGUAGE sql STABLE
    AS $$ SELECT p_owner = coalesce(nullif(current_setting('app.uid', true), ''), '0')::integer OR p_owner = 0 $$;
CREATE FUNCTION valid_owner(p integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT p >= 0 $$;
ALTER TABLE documents ADD CONSTRAINT documents_owner_check CHECK (valid_owner(owner_id));
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_read ON documents FOR SELECT USING (can_see(owner_id));
