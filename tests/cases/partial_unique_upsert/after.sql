DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'subscriptions' AND column_name = 'paused') THEN
    EXECUTE $q$INSERT INTO subscriptions (user_id, plan) VALUES (1, 'team') ON CONFLICT (user_id) WHERE canceled_at IS NULL AND NOT paused DO UPDATE SET plan = EXCLUDED.plan$q$;
  ELSE
    INSERT INTO subscriptions (user_id, plan) VALUES (1, 'team') ON CONFLICT (user_id) WHERE canceled_at IS NULL DO UPDATE SET plan = EXCLUDED.plan;
  END IF;
END $$;
