INSERT INTO stock VALUES ('a', 1), ('b', 2);
INSERT INTO stock_log (note) VALUES ('seed');
