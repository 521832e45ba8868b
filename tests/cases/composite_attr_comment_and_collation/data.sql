INSERT INTO authors (name) VALUES (ROW('Jane', 'Austen')), (ROW('Mary', 'Shelley'));
