INSERT INTO parent VALUES (1,'a'),(2,'b'); INSERT INTO child VALUES (1,1),(2,NULL);
