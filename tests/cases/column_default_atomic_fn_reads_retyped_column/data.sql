INSERT INTO settings VALUES ('quota', 5); INSERT INTO accounts(id) VALUES (1);
