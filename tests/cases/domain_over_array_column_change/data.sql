INSERT INTO posts VALUES (1, '{a,b}', '{1,2}'), (2, '{}', NULL);
