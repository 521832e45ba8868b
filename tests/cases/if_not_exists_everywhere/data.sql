INSERT INTO items VALUES (1,'bolt'),(2,'nut');
