-- Shared trigger function.
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW IS DISTINCT FROM OLD THEN
    NEW.updated_at := clock_timestamp();
  END IF;
  RETURN NEW;
END $$;
CREATE TABLE a (id int PRIMARY KEY, v text, updated_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE b (id int PRIMARY KEY, v text, updated_at timestamptz);
CREATE TABLE c (id int PRIMARY KEY, v text, updated_at timestamptz);
CREATE TABLE d (id int PRIMARY KEY, v text, updated_at timestamptz);
CREATE TRIGGER a_touch BEFORE UPDATE ON a FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER b_touch BEFORE INSERT OR UPDATE ON b FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER c_touch BEFORE UPDATE OF v ON c FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER d_touch BEFORE UPDATE ON d FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
