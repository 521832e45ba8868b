-- Shared trigger function.
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END $$;
CREATE TABLE a (id int PRIMARY KEY, v text, updated_at timestamptz);
CREATE TABLE b (id int PRIMARY KEY, v text, updated_at timestamptz);
CREATE TABLE c (id int PRIMARY KEY, v text, updated_at timestamptz);
CREATE TRIGGER a_touch BEFORE UPDATE ON a FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER b_touch BEFORE UPDATE ON b FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER c_touch BEFORE UPDATE ON c FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
