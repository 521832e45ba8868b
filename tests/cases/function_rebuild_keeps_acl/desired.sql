-- Function rebuild keeps acl.
CREATE TABLE accounts (id int PRIMARY KEY, balance numeric(12,2) NOT NULL DEFAULT 0);
CREATE FUNCTION transfer(src int, dst int, amt numeric) RETURNS numeric LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE remaining numeric;
BEGIN
  UPDATE accounts SET balance = balance - amt WHERE id = src RETURNING balance INTO remaining;
  UPDATE accounts SET balance = balance + amt WHERE id = dst;
  RETURN remaining;
END $$;
REVOKE ALL ON FUNCTION transfer(int, int, numeric) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION transfer(int, int, numeric) TO sd_writer;
