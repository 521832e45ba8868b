INSERT INTO events (kind, payload, meta) VALUES ('login','{"user":"ann"}','{"ip":"1.2.3.4"}'),('logout','{"user":"bob","n":[1,2]}',NULL),('ping',DEFAULT,'[]');
