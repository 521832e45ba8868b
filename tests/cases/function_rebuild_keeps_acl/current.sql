-- Function rebuild keeps acl.
CREATE TABLE accounts (id int PRIMARY KEY, balance numeric(12,2) NOT NULL DEFAULT 0);
CREATE FUNCTION transfer(src int, dst int, amt numeric) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  UPDATE accounts SET balance = balance - amt WHERE id = src;
  UPDATE accounts SET balance = balance + amt WHERE id = dst;
END $$;
REVOKE ALL ON FUNCTION transfer(int, int, numeric) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION transfer(int, int, numeric) TO sd_writer;
