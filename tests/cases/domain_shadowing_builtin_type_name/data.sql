INSERT INTO app.m VALUES (1,5,'a'),(2,0,'');
