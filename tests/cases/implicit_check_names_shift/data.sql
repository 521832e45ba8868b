INSERT INTO ranges_t VALUES (1,2),(0,0);
