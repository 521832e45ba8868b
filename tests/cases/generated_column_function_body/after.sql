DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM articles WHERE gross <> price_with_vat(net)) THEN
    RAISE EXCEPTION 'stored generated values are stale: %', (SELECT string_agg(id || ':' || gross || ' vs ' || price_with_vat(net), ', ') FROM articles);
  END IF;
END $$;
