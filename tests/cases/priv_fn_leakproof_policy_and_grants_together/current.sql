CREATE SCHEMA sec;
CREATE FUNCTION sec.same_org(a int, b int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT a = b $$;
CREATE TABLE sec.records (id int PRIMARY KEY, org int NOT NULL, data text);
ALTER TABLE sec.records ENABLE ROW LEVEL SECURITY;
CREATE POLICY records_org ON sec.records TO sd_reader USING (sec.same_org(org, current_setting('app.org')::int));
GRANT USAGE ON SCHEMA sec TO sd_reader;
GRANT SELECT ON sec.records TO sd_reader;
