INSERT INTO jobs (attempts) VALUES (0);
