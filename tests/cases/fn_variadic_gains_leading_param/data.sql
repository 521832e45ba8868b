INSERT INTO posts VALUES (1,'x','y');
