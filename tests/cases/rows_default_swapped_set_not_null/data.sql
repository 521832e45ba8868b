INSERT INTO jobs (queue, priority, attempts) VALUES ('default', 5, 0), ('mail', 1, 3);
