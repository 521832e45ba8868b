INSERT INTO q (body) VALUES ('a'), ('b');
INSERT INTO l (x) VALUES ('a'), ('b');
