-- Sequence owned by dropped column kept.
INSERT INTO tickets (title) VALUES ('a'), ('b');
