INSERT INTO tasks VALUES (1,'open',1),(2,'done',2);
