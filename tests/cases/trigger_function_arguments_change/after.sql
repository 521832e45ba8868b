INSERT INTO articles VALUES (2, ' a ', ' b ', ' c ');
DELETE FROM articles WHERE id = 2;
