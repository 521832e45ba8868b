INSERT INTO events (kind) VALUES ('noop');
SELECT * FROM recent_events;
