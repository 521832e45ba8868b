-- After the plan no row is lost, and each sits in its partition (the
-- rollback drops the new partitions, with their rows: flagged data-loss).
DO $$ BEGIN
  IF to_regclass('public.events_us') IS NOT NULL THEN
    IF (SELECT count(*) FROM events) <> 4 OR (SELECT count(*) FROM events_us) <> 2
       OR (SELECT count(*) FROM events_other) <> 1 THEN
      RAISE 'rows lost or misplaced';
    END IF;
  END IF;
END $$;
