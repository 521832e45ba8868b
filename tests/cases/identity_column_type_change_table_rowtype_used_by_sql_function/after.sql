INSERT INTO events (name) VALUES ('b');
SELECT event_label(e) FROM events e;
