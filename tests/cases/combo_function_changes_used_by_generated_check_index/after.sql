DO $$ BEGIN
  IF (SELECT sku_norm FROM items WHERE id = 1) IS DISTINCT FROM (SELECT normalize_sku('ab-1')) THEN
    RAISE EXCEPTION 'stale generated value';
  END IF;
END $$;
