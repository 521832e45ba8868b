INSERT INTO circles (id, kind, area, radius) VALUES (1, 'circle', 3.14, 1);
INSERT INTO squares (id, kind, area, side) VALUES (2, 'square', 4, 2);
INSERT INTO shapes (id, area) VALUES (3, 0);
