INSERT INTO t (v) VALUES ('d');
INSERT INTO u (v) VALUES ('d');
