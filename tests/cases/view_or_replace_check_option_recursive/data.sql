INSERT INTO emp VALUES (1,NULL,true),(2,1,true);
