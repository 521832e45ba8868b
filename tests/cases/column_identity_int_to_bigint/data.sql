-- Column identity int to bigint.
INSERT INTO events (name) VALUES ('a'), ('b');
INSERT INTO event_tags VALUES (1, 'x');
