INSERT INTO accounts VALUES (1,'eu'); INSERT INTO audit VALUES (1,'x');
