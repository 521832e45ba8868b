INSERT INTO articles VALUES (1, ' hi ', ' hi ', ' s ');
