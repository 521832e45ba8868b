INSERT INTO webhooks (headers) VALUES ('{"h": 1}');
DO $$ BEGIN IF (SELECT count(*) FROM webhooks WHERE id <= 3) <> 3 THEN RAISE EXCEPTION 'rows lost'; END IF; END $$;
