INSERT INTO subscriptions (user_id, plan, canceled_at) VALUES (1,'pro',NULL),(1,'free','2023-01-01'),(2,'free',NULL);
