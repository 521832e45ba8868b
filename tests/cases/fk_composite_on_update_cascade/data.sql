INSERT INTO warehouses VALUES (1,'N','North'),(1,'S','South');
INSERT INTO bins VALUES (1,1,'N','A1'),(2,1,'S','B1');
