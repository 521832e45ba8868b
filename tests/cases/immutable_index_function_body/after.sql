-- with a stale index this lookup misses row 1
DO $$ BEGIN
  SET LOCAL enable_seqscan = off;
  IF (SELECT count(*) FROM users WHERE normalize_email(email) = normalize_email('Ann@x.io ')) <> 1 THEN
    RAISE EXCEPTION 'index on normalize_email(email) is stale';
  END IF;
END $$;
