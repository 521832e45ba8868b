INSERT INTO app.items VALUES (1,1,'x',2,3),(2,2,'y',3,4);
