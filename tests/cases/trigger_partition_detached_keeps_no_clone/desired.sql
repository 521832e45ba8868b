-- An old partition is detached into a plain archive table; the parent's
-- row trigger was cloned onto it, and the archive table gets its own.
CREATE TABLE logs (id bigint NOT NULL, logged_on date NOT NULL, msg text NOT NULL, edited_at timestamptz) PARTITION BY RANGE (logged_on);
CREATE TABLE logs_2023 (id bigint NOT NULL, logged_on date NOT NULL, msg text NOT NULL, edited_at timestamptz);
CREATE TABLE logs_2024 PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE FUNCTION logs_edited() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.edited_at := now(); RETURN NEW; END $$;
CREATE TRIGGER logs_edited BEFORE UPDATE ON logs FOR EACH ROW EXECUTE FUNCTION logs_edited();
CREATE TRIGGER logs_2023_edited BEFORE UPDATE ON logs_2023 FOR EACH ROW EXECUTE FUNCTION logs_edited();
