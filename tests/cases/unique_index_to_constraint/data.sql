INSERT INTO tags VALUES (1,1,'red'),(2,1,'blue'),(3,2,'red');
