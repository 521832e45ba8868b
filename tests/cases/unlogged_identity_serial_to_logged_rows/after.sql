INSERT INTO q (body) VALUES ('c');
INSERT INTO l (x) VALUES ('c');
