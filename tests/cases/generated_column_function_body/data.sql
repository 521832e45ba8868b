INSERT INTO articles (id, net) VALUES (1, 100), (2, 50);
