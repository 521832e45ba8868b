INSERT INTO paint VALUES (1,'green');
