INSERT INTO memberships VALUES ('ann', 1), ('bob', 2);
INSERT INTO files VALUES (1, 1, '/a'), (2, 2, '/b');
