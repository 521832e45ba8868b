CREATE FUNCTION fmt_id(v bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'L' || v $$;
CREATE TABLE things (id int PRIMARY KEY, code text);
CREATE VIEW thing_codes AS SELECT id, fmt_id(id) AS code FROM things;
ALTER TABLE things ENABLE ROW LEVEL SECURITY;
CREATE POLICY things_code ON things USING (code IS NULL OR code <> fmt_id(id));
