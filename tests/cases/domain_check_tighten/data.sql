INSERT INTO contacts VALUES (1,'ann@example.com',30),(2,'bob@corp.io',NULL);
