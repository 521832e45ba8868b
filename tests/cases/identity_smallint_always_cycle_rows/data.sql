INSERT INTO t (v) VALUES ('a'), ('b'), ('c');
INSERT INTO u (v) VALUES ('a'), ('b');
